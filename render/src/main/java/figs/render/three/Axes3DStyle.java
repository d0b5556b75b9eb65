package figs.render.three;

import java.awt.Color;

/**
 * How the box of a 3-D axes looks. {@link #DARK} is matplotlib's {@code dark_background} style on
 * mplot3d's defaults at 72 dpi: panes of 0.95, 0.9 and 0.925 grey at alpha 0.5 (x, y, z), white grid
 * lines 0.8 px wide, white axis lines, ticks and text, 10 px tick labels and axis labels.
 */
public record Axes3DStyle(Color[] panes, Color grid, double gridWidth, Color axisLine, double axisWidth, Color text,
                          double tickLabelSize, double axisLabelSize) {
    public static final Axes3DStyle DARK = new Axes3DStyle(new Color[] {grey(0.95, 0.5), grey(0.9, 0.5), grey(0.925, 0.5)},
            Color.WHITE, 0.8, Color.WHITE, 0.8, Color.WHITE, 10, 10);

    /** The same box on white: mplot3d's default panes, its light grey grid and black text. */
    public static final Axes3DStyle LIGHT = new Axes3DStyle(new Color[] {grey(0.95, 0.5), grey(0.9, 0.5), grey(0.925, 0.5)},
            grey(0.69, 1), 0.8, Color.BLACK, 0.8, Color.BLACK, 10, 10);

    private static Color grey(double level, double alpha) {
        int v = (int) Math.floor(level * 255 + 0.5);
        return new Color(v, v, v, (int) Math.floor(alpha * 255 + 0.5));
    }
}
