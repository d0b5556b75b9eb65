package figs.math.nn;

/** Element-wise activation functions of a Dense layer. */
public enum Activation {
    RELU,
    SIGMOID,
    LINEAR
}
