package figs.math.train;

/** Adamax (Kingma and Ba 2015, section 7.1) with Keras's parameter names; defaults are Keras's. */
public record Adamax(double learningRate, double beta1, double beta2, double epsilon) {
    public static final Adamax KERAS_DEFAULTS = new Adamax(0.002, 0.9, 0.999, 1e-7);
}
