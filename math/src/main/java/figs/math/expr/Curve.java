package figs.math.expr;

import figs.math.random.MersenneTwister;

/**
 * Samples of a regression: y = f(x) + noise at {@code count} evenly spaced x over [x0, x1], as the
 * gradient-descent notebook makes them with numpy ({@code x = np.linspace(x0, x1, n).astype(float32)},
 * {@code y = f(x) + np.random.normal(0, noise, n)} after {@code np.random.seed(seed)}): x is rounded to
 * float32, the noise is numpy's legacy Gaussian from the project's Mersenne Twister.
 */
public final class Curve {
    private Curve() {}

    /**
     * {x, y}: the two columns. {@code f} is a formula whose last parameter is x and whose others take
     * {@code values}, in order.
     */
    public static double[][] sample(Formula f, double[] values, double x0, double x1, int count, double noise, long seed) {
        if (count < 2) throw new IllegalArgumentException("a curve needs 2 or more samples, not " + count);
        if (!(x1 > x0)) throw new IllegalArgumentException("the x range must increase: " + x0 + ", " + x1);
        if (!(noise >= 0 && Double.isFinite(noise))) throw new IllegalArgumentException("noise must be 0 or more, not " + noise);
        if (values.length + 1 != f.parameters().size()) {
            throw new IllegalArgumentException(f + " takes " + (f.parameters().size() - 1) + " values besides x, not " + values.length);
        }
        MersenneTwister rng = new MersenneTwister(seed);
        double[] x = new double[count], y = new double[count];
        double[] point = new double[values.length + 1];
        System.arraycopy(values, 0, point, 0, values.length);
        for (int i = 0; i < count; i++) {
            x[i] = (float) (x0 + (x1 - x0) * i / (count - 1));
            point[values.length] = x[i];
            y[i] = f.valueAndGradient(point)[0] + noise * rng.gauss();
        }
        return new double[][] {x, y};
    }
}
