package figs.math.nn;

import figs.math.random.MersenneTwister;

/**
 * Kernel initialisers with Keras's formulas (keras.initializers, which follow Glorot and Bengio 2010
 * and He et al. 2015). Draws come from the run's Mersenne Twister in row-major order, so a seed fixes
 * every weight; they are not TensorFlow's Philox streams, so the numbers differ from Keras's while the
 * distributions agree.
 */
public enum Init {
    /** U(-l, l) with l = sqrt(6 / (fan_in + fan_out)): Keras's default. */
    GLOROT_UNIFORM,
    /** U(-l, l) with l = sqrt(6 / fan_in), for ReLU layers. */
    HE_UNIFORM,
    /**
     * A normal of standard deviation sqrt(2 / fan_in) truncated at two deviations, as Keras draws it: the
     * underlying normal's deviation is divided by 0.87962566103423978 (the deviation of a standard normal
     * truncated to [-2, 2]) so that the kept values have the intended spread, and draws beyond two
     * deviations are redrawn.
     */
    HE_NORMAL;

    private static final double TRUNCATED_STDDEV = 0.87962566103423978;

    /** Fills {@code kernel}, (fanIn, fanOut) row-major. */
    void fill(float[] kernel, int fanIn, int fanOut, MersenneTwister rng) {
        switch (this) {
            case GLOROT_UNIFORM -> uniform(kernel, Math.sqrt(6.0 / (fanIn + fanOut)), rng);
            case HE_UNIFORM -> uniform(kernel, Math.sqrt(6.0 / fanIn), rng);
            case HE_NORMAL -> {
                double stddev = Math.sqrt(2.0 / fanIn) / TRUNCATED_STDDEV;
                for (int i = 0; i < kernel.length; i++) {
                    double z;
                    do {
                        z = rng.gauss();
                    } while (Math.abs(z) > 2);
                    kernel[i] = (float) (stddev * z);
                }
            }
        }
    }

    private static void uniform(float[] kernel, double limit, MersenneTwister rng) {
        for (int i = 0; i < kernel.length; i++) kernel[i] = (float) (limit * (2 * rng.randomSample() - 1));
    }
}
