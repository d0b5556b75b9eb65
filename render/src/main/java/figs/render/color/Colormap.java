package figs.render.color;

import java.awt.Color;
import java.util.List;
import java.util.function.DoubleUnaryOperator;

/**
 * A colormap with matplotlib's sampling semantics: a lookup table of {@code N} entries (built from
 * control colours interpolated linearly, from functions of x, or listed outright), and a value x picks
 * entry {@code floor(x N)}, with x = 1 mapping to the last entry ({@code Colormap.__call__}).
 * Colours are kept as doubles until they are drawn.
 */
public final class Colormap {
    /** matplotlib's {@code rcParams['image.lut']}. */
    public static final int LUT_SIZE = 256;

    private final String name;
    private final double[][] table;

    private Colormap(String name, double[][] table) {
        this.name = name;
        this.table = table;
    }

    /**
     * {@code LinearSegmentedColormap.from_list}: control colours evenly spaced on [0, 1], interpolated
     * linearly into the table ({@code _create_lookup_table}).
     */
    static Colormap segmented(String name, List<double[]> controls) {
        double[][] lut = new double[LUT_SIZE][3];
        int segments = controls.size() - 1;
        for (int i = 0; i < LUT_SIZE; i++) {
            double x = (double) i / (LUT_SIZE - 1) * segments;
            int k = Math.min((int) Math.floor(x), segments - 1);
            double t = x - k;
            for (int c = 0; c < 3; c++) {
                lut[i][c] = controls.get(k)[c] + t * (controls.get(k + 1)[c] - controls.get(k)[c]);
            }
        }
        return new Colormap(name, lut);
    }

    /**
     * {@code ListedColormap}: the colours are the table itself, one entry per colour, with no
     * interpolation, so the table must have {@link #LUT_SIZE} entries to sample like matplotlib.
     */
    static Colormap listed(String name, double[][] colours) {
        if (colours.length != LUT_SIZE) {
            throw new IllegalArgumentException(name + " lists " + colours.length + " colours, not " + LUT_SIZE);
        }
        double[][] lut = new double[LUT_SIZE][];
        for (int i = 0; i < LUT_SIZE; i++) lut[i] = colours[i].clone();
        return new Colormap(name, lut);
    }

    /** A colormap whose channels are functions of x, sampled at the table's points and clipped to [0, 1]. */
    static Colormap functional(String name, DoubleUnaryOperator red, DoubleUnaryOperator green, DoubleUnaryOperator blue) {
        double[][] lut = new double[LUT_SIZE][];
        for (int i = 0; i < LUT_SIZE; i++) {
            double x = (double) i / (LUT_SIZE - 1);
            lut[i] = new double[] {clip(red.applyAsDouble(x)), clip(green.applyAsDouble(x)), clip(blue.applyAsDouble(x))};
        }
        return new Colormap(name, lut);
    }

    public String name() {
        return name;
    }

    /** The colour at {@code x} in [0, 1] (clipped) as red, green, blue in [0, 1]. */
    public double[] rgb(double x) {
        int index = (int) Math.floor(Math.min(Math.max(x, 0), 1) * LUT_SIZE);
        return table[Math.min(index, LUT_SIZE - 1)].clone();
    }

    /** The colour at {@code x} with the given opacity, rounded to 8 bits per channel like Agg. */
    public Color color(double x, double alpha) {
        double[] c = rgb(x);
        return new Color(to8(c[0]), to8(c[1]), to8(c[2]), to8(alpha));
    }

    static int to8(double unit) {
        return (int) Math.floor(unit * 255 + 0.5);
    }

    private static double clip(double v) {
        return Math.min(1, Math.max(0, v));
    }
}
