package figs.math.nn;

/** Element-wise activation functions of a Dense layer. */
public enum Activation {
    RELU,
    /** max(z, 0.2 z): TensorFlow's {@code leaky_relu} slope. */
    LEAKY_RELU,
    SIGMOID,
    TANH,
    LINEAR;

    /** The slope of {@link #LEAKY_RELU} below zero. */
    public static final float LEAKY_SLOPE = 0.2f;
}
