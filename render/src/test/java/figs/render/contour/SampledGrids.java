package figs.render.contour;

import java.util.function.DoubleBinaryOperator;

/** Test grids: a function sampled on n x n nodes spread evenly over [lo, hi] on both axes. */
final class SampledGrids {
    private SampledGrids() {}

    static ScalarGrid of(int n, double lo, double hi, DoubleBinaryOperator f) {
        double[] c = new double[n];
        for (int i = 0; i < n; i++) c[i] = lo + (hi - lo) * i / (n - 1);
        float[] v = new float[n * n];
        for (int j = 0; j < n; j++) for (int i = 0; i < n; i++) v[j * n + i] = (float) f.applyAsDouble(c[i], c[j]);
        return new ScalarGrid(c, c.clone(), v);
    }
}
