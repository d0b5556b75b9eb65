package figs.math.nn;

/**
 * One Dense layer: its width, activation and L2 penalty on its kernel (Keras's
 * {@code kernel_regularizer=l2(l2)}: l2 * sum(w^2) added to the loss). Kernels are Glorot-uniform, biases
 * zero (Keras's defaults).
 */
public record LayerSpec(int units, Activation activation, double l2) {
    public LayerSpec {
        if (units <= 0) throw new IllegalArgumentException("units must be positive, not " + units);
        if (!(l2 >= 0 && Double.isFinite(l2))) throw new IllegalArgumentException("l2 must be 0 or more and finite, not " + l2);
    }

    /** A layer without regularisation. */
    public LayerSpec(int units, Activation activation) {
        this(units, activation, 0);
    }
}
