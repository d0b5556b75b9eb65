package figs.render.theme;

import java.awt.Color;

/**
 * How a figure looks apart from its data: colours, line widths and font sizes in pixels, and the
 * plot area as fractions of the figure (matplotlib's {@code figure.subplot.*}).
 */
public record Theme(String name, Color figureBackground, Color axesFace, Color grid, double gridWidth,
                    Color spine, double spineWidth, Color text, double tickLabelSize, double axisLabelSize,
                    double left, double right, double bottom, double top) {

    /**
     * seaborn's {@code whitegrid} style at 72 dpi, the look of the originals: white axes, light grey
     * grid and spines (0.8 grey), dark grey text (0.15 grey), no tick marks; matplotlib's 10 px tick
     * labels and the originals' 15 px axis labels (measured on seed-figures/keras000.png).
     */
    public static final Theme WHITEGRID = new Theme("whitegrid", Color.WHITE, Color.WHITE, grey(0.8), 1.0,
            grey(0.8), 1.25, grey(0.15), 10, 15, 0.125, 0.9, 0.11, 0.88);

    private static Color grey(double level) {
        int v = (int) Math.floor(level * 255 + 0.5);
        return new Color(v, v, v);
    }
}
