package figs.math.optim;

/** Argument checks whose messages say which value is wrong and why. */
final class Checks {
    private Checks() {}

    static void rate(double learningRate) {
        if (!(learningRate > 0 && Double.isFinite(learningRate))) {
            throw new IllegalArgumentException("learning rate must be a positive finite number, not " + learningRate);
        }
    }

    /** The settings Adam and Adamax share: a rate, two decay factors and a small epsilon. */
    static void moments(double learningRate, double beta1, double beta2, double epsilon) {
        rate(learningRate);
        unitInterval("beta1", beta1);
        unitInterval("beta2", beta2);
        positive("epsilon", epsilon);
    }

    static void unitInterval(String name, double value) {
        if (!(value >= 0 && value < 1)) throw new IllegalArgumentException(name + " must be in [0, 1), not " + value);
    }

    static void positive(String name, double value) {
        if (!(value > 0 && Double.isFinite(value))) throw new IllegalArgumentException(name + " must be positive, not " + value);
    }
}
