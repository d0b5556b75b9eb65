package figs.math.nn;

/** The training losses, as Keras defines them, averaged over the rows of a batch. */
public enum Loss {
    /**
     * -[y log p + (1 - y) log(1 - p)], with p clipped to [eps, 1 - eps] as Keras's
     * {@code binary_crossentropy} does for probabilities. Needs a sigmoid output: its gradient at the
     * output's pre-activation is then p - y (Keras differentiates through the logits).
     */
    BINARY_CROSSENTROPY,
    /** (p - y)^2, Keras's {@code mean_squared_error}, with any output activation. */
    MEAN_SQUARED_ERROR;

    /** Keras's {@code epsilon()}: probabilities are clipped to [eps, 1 - eps] before the logarithm. */
    public static final double EPSILON = 1e-7;

    /** The loss of one row: prediction {@code p}, label {@code y}. */
    public double of(float p, int y) {
        return switch (this) {
            case BINARY_CROSSENTROPY -> {
                double q = Math.min(Math.max(p, EPSILON), 1 - EPSILON);
                yield y == 1 ? -StrictMath.log(q + EPSILON) : -StrictMath.log(1 - q + EPSILON);
            }
            case MEAN_SQUARED_ERROR -> {
                double d = p - y;
                yield d * d;
            }
        };
    }
}
