package figs.render.color;

import java.awt.Color;
import java.util.List;

/**
 * A colormap with matplotlib's sampling semantics: control colours evenly spaced on [0, 1] are
 * interpolated linearly into a lookup table of {@code N} entries ({@code _create_lookup_table}), and a
 * value x picks entry {@code floor(x N)}, with x = 1 mapping to the last entry
 * ({@code Colormap.__call__}). Colours are kept as doubles until they are drawn.
 */
public final class Colormap {
    /** matplotlib's {@code rcParams['image.lut']}. */
    public static final int LUT_SIZE = 256;

    private final String name;
    private final double[][] table;

    Colormap(String name, List<double[]> controls) {
        this.name = name;
        this.table = lookupTable(controls, LUT_SIZE);
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

    private static double[][] lookupTable(List<double[]> controls, int n) {
        double[][] lut = new double[n][3];
        int segments = controls.size() - 1;
        for (int i = 0; i < n; i++) {
            double x = (double) i / (n - 1) * segments;
            int k = Math.min((int) Math.floor(x), segments - 1);
            double t = x - k;
            for (int c = 0; c < 3; c++) {
                lut[i][c] = controls.get(k)[c] + t * (controls.get(k + 1)[c] - controls.get(k)[c]);
            }
        }
        return lut;
    }
}
