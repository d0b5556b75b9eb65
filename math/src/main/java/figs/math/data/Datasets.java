package figs.math.data;

/** STUB: to be implemented. */
public final class Datasets {
    private Datasets() {}

    public static Dataset circles(int samples, double factor, double noise, long seed) {
        throw new UnsupportedOperationException();
    }

    public static Split split(Dataset data, double testFraction, long seed) {
        throw new UnsupportedOperationException();
    }
}
