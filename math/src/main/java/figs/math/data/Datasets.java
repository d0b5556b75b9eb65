package figs.math.data;

import figs.math.random.MersenneTwister;

/**
 * Seeded two-class data sets with scikit-learn's semantics and order of random draws, so that
 * {@code seed} gives the samples of {@code random_state=seed}.
 */
public final class Datasets {
    private Datasets() {}

    /**
     * scikit-learn's {@code make_circles(n_samples, shuffle=True, noise, random_state, factor)}: half the
     * samples (rounded down) on the unit circle with label 0, the rest on a circle of radius {@code factor}
     * with label 1, at angles {@code linspace(0, 2 pi, n, endpoint=False)}; rows shuffled, then Gaussian
     * noise of standard deviation {@code noise} added to every coordinate in row-major order.
     */
    public static Dataset circles(int samples, double factor, double noise, long seed) {
        int outer = samples / 2;
        int inner = samples - outer;
        double[] xy = new double[samples * 2];
        int[] labels = new int[samples];
        ring(xy, 0, outer, 1.0);
        ring(xy, outer, inner, factor);
        for (int i = outer; i < samples; i++) labels[i] = 1;
        MersenneTwister rng = new MersenneTwister(seed);
        int[] order = rng.permutation(samples);
        double[] shuffled = new double[xy.length];
        int[] shuffledLabels = new int[samples];
        for (int i = 0; i < samples; i++) {
            shuffled[2 * i] = xy[2 * order[i]];
            shuffled[2 * i + 1] = xy[2 * order[i] + 1];
            shuffledLabels[i] = labels[order[i]];
        }
        if (noise > 0) {
            for (int k = 0; k < shuffled.length; k++) shuffled[k] += noise * rng.gauss();
        }
        return new Dataset(toFloat(shuffled), shuffledLabels, 2);
    }

    /**
     * scikit-learn's {@code train_test_split(X, y, test_size, random_state=seed)}: a permutation of the
     * rows; the first ceil(testFraction n) are the test split, the rest the train split, in that order.
     */
    public static Split split(Dataset data, double testFraction, long seed) {
        int n = data.size();
        int test = (int) Math.ceil(testFraction * n);
        if (test <= 0 || test >= n) throw new IllegalArgumentException("the split leaves an empty part: " + testFraction);
        int[] order = new MersenneTwister(seed).permutation(n);
        return new Split(rows(data, order, test, n), rows(data, order, 0, test));
    }

    private static void ring(double[] xy, int first, int count, double radius) {
        for (int i = 0; i < count; i++) {
            double angle = i * (2 * Math.PI / count);
            xy[2 * (first + i)] = radius * StrictMath.cos(angle);
            xy[2 * (first + i) + 1] = radius * StrictMath.sin(angle);
        }
    }

    private static Dataset rows(Dataset data, int[] order, int from, int to) {
        int dims = data.dims();
        float[] features = new float[(to - from) * dims];
        int[] labels = new int[to - from];
        for (int r = from; r < to; r++) {
            System.arraycopy(data.features(), order[r] * dims, features, (r - from) * dims, dims);
            labels[r - from] = data.labels()[order[r]];
        }
        return new Dataset(features, labels, dims);
    }

    private static float[] toFloat(double[] values) {
        float[] out = new float[values.length];
        for (int i = 0; i < values.length; i++) out[i] = (float) values[i];
        return out;
    }
}
