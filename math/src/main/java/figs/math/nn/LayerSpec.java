package figs.math.nn;

/** One Dense layer: its width and activation. Kernels are Glorot-uniform, biases zero (Keras's defaults). */
public record LayerSpec(int units, Activation activation) {
    public LayerSpec {
        if (units <= 0) throw new IllegalArgumentException("units must be positive: " + units);
    }
}
