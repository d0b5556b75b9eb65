package figs.math.data;

/** Argument checks of the generators, with messages that say which value is wrong and why. */
final class Args {
    private Args() {}

    /** Two classes need at least two samples. */
    static void samples(int samples) {
        if (samples < 2) throw new IllegalArgumentException("samples must be 2 or more (one per class at least), not " + samples);
    }

    static void noise(double noise) {
        if (!(noise >= 0 && Double.isFinite(noise))) {
            throw new IllegalArgumentException("noise is a standard deviation: 0 or more and finite, not " + noise);
        }
    }

    static void positive(String name, double value) {
        if (!(value > 0 && Double.isFinite(value))) {
            throw new IllegalArgumentException(name + " must be positive and finite, not " + value);
        }
    }

    /** Strictly inside (low, high). */
    static void between(String name, double value, double low, double high) {
        if (!(value > low && value < high)) {
            throw new IllegalArgumentException(name + " must be between " + low + " and " + high + " (exclusive), not " + value);
        }
    }
}
