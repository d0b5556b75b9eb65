package figs.math.optim;

/**
 * An update rule with Keras's formulas and defaults (TensorFlow's {@code ResourceApply*} kernels). Each
 * keeps {@link #slots()} arrays of state per parameter array (momenta, averages), all starting at zero.
 * Arithmetic is plain float in a fixed order, and {@link Math#sqrt} is correctly rounded, so every
 * machine computes the same bits.
 */
public sealed interface Optimizer permits Sgd, RmsProp, Adam, Adamax {
    double learningRate();

    /** How many state arrays the rule keeps per parameter array. */
    int slots();

    /**
     * One step on {@code w[from, to)} from its gradient {@code g}; {@code step} counts from 1. Each
     * element's update depends on that element alone, so an array may be updated in blocks by several
     * threads with the same bits.
     */
    void apply(float[] w, float[] g, float[][] slots, int step, int from, int to);
}
