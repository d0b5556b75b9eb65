package figs.render.theme;

import figs.render.theme.Theme.Side;
import java.awt.Color;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/** The themes a scene can name with {@code theme:}. */
public final class Themes {
    /** matplotlib's default colour cycle ("tab10", from Tableau). */
    static final List<Color> TAB10 = hex(0x1f77b4, 0xff7f0e, 0x2ca02c, 0xd62728, 0x9467bd, 0x8c564b, 0xe377c2,
            0x7f7f7f, 0xbcbd22, 0x17becf);
    /** dark_background.mplstyle's {@code axes.prop_cycle}: ColorBrewer's Set3 pastels, which read on black. */
    static final List<Color> SET3 = hex(0x8dd3c7, 0xfeffb3, 0xbfbbd9, 0xfa8174, 0x81b1d2, 0xfdb462, 0xb3de69,
            0xbc82bd, 0xccebc4, 0xffed6f);
    /**
     * Okabe and Ito's palette ("Color Universal Design", 2002), told apart under every common colour-vision
     * deficiency; its yellow and black are left out, the one too faint on white, the other the text's colour.
     */
    static final List<Color> OKABE_ITO = hex(0x0072b2, 0xd55e00, 0x009e73, 0xcc79a7, 0xe69f00, 0x56b4e9);

    /**
     * seaborn's {@code whitegrid} style at 72 dpi, the look of the originals: white axes, light grey grid
     * and spines (0.8 grey), dark grey text (0.15 grey), no tick marks; matplotlib's 10 px tick labels,
     * and the originals' 15 px axis labels and 20 px titles (measured on seed-figures/keras000.png).
     */
    public static final Theme WHITEGRID = new Theme("whitegrid", Color.WHITE, Color.WHITE, grey(0.15),
            true, grey(0.8), 1.0, Set.of(Side.values()), grey(0.8), 1.25,
            0, 0, 5, 10, 15, 20, TAB10, 0.125, 0.9, 0.11, 0.88);

    /**
     * matplotlib's {@code dark_background} style on its rcParams defaults: black figure and axes, white
     * text, spines and ticks; the grid off ({@code axes.grid: False}) but white at 0.8 px when turned on;
     * 0.8 px spines; 3.5 px tick marks 0.8 px wide with a 3.5 px pad; 10 px tick and axis labels, 12 px
     * titles ("medium" and "large"); and the style's own pastel colour cycle.
     */
    public static final Theme DARK = new Theme("dark", Color.BLACK, Color.BLACK, Color.WHITE,
            false, Color.WHITE, 0.8, Set.of(Side.values()), Color.WHITE, 0.8,
            3.5, 0.8, 3.5, 10, 10, 12, SET3, 0.125, 0.9, 0.11, 0.88);

    /**
     * Our clean look for papers: white, no grid, thin black spines on the left and bottom only (the data
     * meets no box), short outward ticks, slightly smaller text than matplotlib's (9 px ticks, 10 px labels,
     * 11 px titles) in near-black, and a colour cycle that survives colour-blindness and greyscale print.
     */
    public static final Theme PAPER = new Theme("paper", Color.WHITE, Color.WHITE, new Color(0x222222),
            false, grey(0.9), 0.6, Set.of(Side.LEFT, Side.BOTTOM), Color.BLACK, 0.8,
            3, 0.8, 2.5, 9, 10, 11, OKABE_ITO, 0.125, 0.9, 0.11, 0.88);

    private static final Map<String, Theme> BY_NAME = new TreeMap<>();

    static {
        for (Theme t : List.of(WHITEGRID, DARK, PAPER)) BY_NAME.put(t.name(), t);
    }

    private Themes() {}

    public static Optional<Theme> named(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }

    public static List<String> names() {
        return List.copyOf(BY_NAME.keySet());
    }

    /** A grey as matplotlib writes it, "0.8": the level of each channel, rounded to 8 bits. */
    static Color grey(double level) {
        int v = (int) Math.floor(level * 255 + 0.5);
        return new Color(v, v, v);
    }

    private static List<Color> hex(int... rgb) {
        return java.util.Arrays.stream(rgb).mapToObj(Color::new).toList();
    }
}
