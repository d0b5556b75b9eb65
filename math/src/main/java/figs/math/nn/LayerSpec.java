package figs.math.nn;

/**
 * One Dense layer: its width, activation, L2 penalty on its kernel (Keras's
 * {@code kernel_regularizer=l2(l2)}: l2 * sum(w^2) added to the loss) and kernel initialiser. Biases
 * start at zero (Keras's default).
 */
public record LayerSpec(int units, Activation activation, double l2, Init init) {
    public LayerSpec {
        if (units <= 0) throw new IllegalArgumentException("units must be positive, not " + units);
        if (!(l2 >= 0 && Double.isFinite(l2))) throw new IllegalArgumentException("l2 must be 0 or more and finite, not " + l2);
        if (init == null) throw new IllegalArgumentException("a layer needs a kernel initialiser");
    }

    /** A Glorot-uniform layer (Keras's default). */
    public LayerSpec(int units, Activation activation, double l2) {
        this(units, activation, l2, Init.GLOROT_UNIFORM);
    }

    /** A layer without regularisation. */
    public LayerSpec(int units, Activation activation) {
        this(units, activation, 0);
    }

    /** Multiply-adds of one row's forward pass through {@code layers} from {@code inputs} inputs: inputs x units, summed. */
    public static long macsPerRow(int inputs, java.util.List<LayerSpec> layers) {
        long macs = 0;
        int width = inputs;
        for (LayerSpec layer : layers) {
            macs += (long) width * layer.units();
            width = layer.units();
        }
        return macs;
    }
}
