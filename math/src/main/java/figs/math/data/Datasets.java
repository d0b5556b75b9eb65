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
        Args.samples(samples);
        Args.between("factor", factor, 0, 1);
        Args.noise(noise);
        int outer = samples / 2;
        int inner = samples - outer;
        double[] xy = new double[samples * 2];
        ring(xy, 0, outer, 1.0);
        ring(xy, outer, inner, factor);
        return shuffledWithNoise(xy, labelsAfter(samples, outer), noise, new MersenneTwister(seed));
    }

    /** sklearn's {@code util.shuffle} (a permutation of the rows), then {@code normal(scale=noise)} row-major. */
    private static Dataset shuffledWithNoise(double[] xy, int[] labels, double noise, MersenneTwister rng) {
        int[] order = rng.permutation(labels.length);
        double[] shuffled = permuteRows(xy, order);
        if (noise > 0) {
            for (int k = 0; k < shuffled.length; k++) shuffled[k] += noise * rng.gauss();
        }
        return new Dataset(toFloat(shuffled), permute(labels, order), 2);
    }

    /** Label 0 for the first {@code zeros} samples, 1 for the rest. */
    private static int[] labelsAfter(int samples, int zeros) {
        int[] labels = new int[samples];
        for (int i = zeros; i < samples; i++) labels[i] = 1;
        return labels;
    }

    private static double[] permuteRows(double[] xy, int[] order) {
        double[] out = new double[xy.length];
        for (int i = 0; i < order.length; i++) {
            out[2 * i] = xy[2 * order[i]];
            out[2 * i + 1] = xy[2 * order[i] + 1];
        }
        return out;
    }

    private static int[] permute(int[] labels, int[] order) {
        int[] out = new int[labels.length];
        for (int i = 0; i < order.length; i++) out[i] = labels[order[i]];
        return out;
    }

    /** numpy's {@code linspace(start, stop, n)} with the endpoint: the last value is exactly {@code stop}. */
    private static double linspace(double start, double stop, int n, int i) {
        if (n == 1) return start;
        return i == n - 1 ? stop : start + i * ((stop - start) / (n - 1));
    }

    /**
     * scikit-learn's {@code make_moons(n_samples, shuffle=True, noise, random_state)}: half the samples
     * (rounded down) on the upper unit half circle with label 0, the rest on the lower half circle
     * centred at (1, 0.5) with label 1, at angles {@code linspace(0, pi, n)}; then shuffle and noise as
     * {@link #circles}.
     */
    public static Dataset moons(int samples, double noise, long seed) {
        Args.samples(samples);
        Args.noise(noise);
        int outer = samples / 2;
        int inner = samples - outer;
        double[] xy = new double[samples * 2];
        for (int i = 0; i < outer; i++) {
            double angle = linspace(0, Math.PI, outer, i);
            xy[2 * i] = StrictMath.cos(angle);
            xy[2 * i + 1] = StrictMath.sin(angle);
        }
        for (int i = 0; i < inner; i++) {
            double angle = linspace(0, Math.PI, inner, i);
            xy[2 * (outer + i)] = 1 - StrictMath.cos(angle);
            xy[2 * (outer + i) + 1] = 1 - StrictMath.sin(angle) - 0.5;
        }
        return shuffledWithNoise(xy, labelsAfter(samples, outer), noise, new MersenneTwister(seed));
    }

    /**
     * scikit-learn's {@code make_blobs(n_samples, centers=2, cluster_std, center_box=(-10, 10), random_state)}:
     * two centres drawn uniformly from the box, then for each centre in turn its samples (the first
     * centre takes the odd one) as Gaussian draws around it, labelled by centre, then shuffled.
     */
    public static Dataset blobs(int samples, double spread, long seed) {
        Args.samples(samples);
        Args.positive("spread", spread);
        MersenneTwister rng = new MersenneTwister(seed);
        double[] centres = new double[4];
        for (int k = 0; k < centres.length; k++) centres[k] = -10 + 20 * rng.randomSample();
        int first = samples - samples / 2;
        double[] xy = new double[samples * 2];
        int[] labels = new int[samples];
        for (int i = 0; i < samples; i++) {
            int c = i < first ? 0 : 1;
            labels[i] = c;
            xy[2 * i] = centres[2 * c] + spread * rng.gauss();
            xy[2 * i + 1] = centres[2 * c + 1] + spread * rng.gauss();
        }
        int[] order = rng.permutation(samples);
        return new Dataset(toFloat(permuteRows(xy, order)), permute(labels, order), 2);
    }

    /**
     * The project's XOR set: points uniform on [-1, 1]^2 (x then y from one stream), label 1 where exactly
     * one coordinate is positive, then Gaussian noise of {@code noise} on every coordinate.
     */
    public static Dataset xor(int samples, double noise, long seed) {
        Args.samples(samples);
        Args.noise(noise);
        MersenneTwister rng = new MersenneTwister(seed);
        double[] xy = new double[samples * 2];
        int[] labels = new int[samples];
        for (int i = 0; i < samples; i++) {
            xy[2 * i] = 2 * rng.randomSample() - 1;
            xy[2 * i + 1] = 2 * rng.randomSample() - 1;
            labels[i] = (xy[2 * i] > 0) != (xy[2 * i + 1] > 0) ? 1 : 0;
        }
        for (int k = 0; k < xy.length; k++) xy[k] += noise * rng.gauss();
        return new Dataset(toFloat(xy), labels, 2);
    }

    /**
     * The project's two spirals: for class c and i = 0 .. m - 1 the radius r = (i + 1) / m and angle
     * r * turns * 2 pi + c pi, so the arms interleave; then shuffled and noised as {@link #circles}.
     */
    public static Dataset spirals(int samples, double turns, double noise, long seed) {
        Args.samples(samples);
        Args.positive("turns", turns);
        Args.noise(noise);
        int first = samples - samples / 2;
        double[] xy = new double[samples * 2];
        for (int i = 0; i < samples; i++) {
            int c = i < first ? 0 : 1;
            int m = c == 0 ? first : samples - first;
            double r = (double) ((c == 0 ? i : i - first) + 1) / m;
            double angle = r * turns * 2 * Math.PI + c * Math.PI;
            xy[2 * i] = r * StrictMath.cos(angle);
            xy[2 * i + 1] = r * StrictMath.sin(angle);
        }
        return shuffledWithNoise(xy, labelsAfter(samples, first), noise, new MersenneTwister(seed));
    }

    /**
     * scikit-learn's {@code train_test_split(X, y, test_size, random_state=seed)}: a permutation of the
     * rows; the first ceil(testFraction n) are the test split, the rest the train split, in that order.
     */
    public static Split split(Dataset data, double testFraction, long seed) {
        Args.between("test fraction", testFraction, 0, 1);
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
