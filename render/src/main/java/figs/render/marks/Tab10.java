package figs.render.marks;

import java.awt.Color;

/** matplotlib's default colour cycle ("tab10", from Tableau), in order. */
public final class Tab10 {
    private static final int[] RGB = {0x1f77b4, 0xff7f0e, 0x2ca02c, 0xd62728, 0x9467bd, 0x8c564b, 0xe377c2, 0x7f7f7f,
        0xbcbd22, 0x17becf};

    private Tab10() {}

    public static Color color(int index) {
        return new Color(RGB[index % RGB.length]);
    }
}
