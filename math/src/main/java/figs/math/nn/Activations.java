package figs.math.nn;

import static figs.math.kernel.Lanes.SCALAR;
import static figs.math.kernel.Lanes.SPECIES;
import static figs.math.kernel.Subnormals.flush;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;

/**
 * Element-wise activations and their derivatives, in float32. The sigmoid and tanh come from
 * {@link StrictMath} (never {@code Math.exp}/{@code Math.tanh}, whose results may differ between
 * machines); the sigmoid in the form that cannot overflow.
 *
 * <p>Both directions store subnormal results as +0, and a ReLU passes only z of at least the smallest
 * normal float: Keras computes on TensorFlow's flush-to-zero threads ({@link figs.math.kernel.Subnormals}).
 * With a strong L2 penalty the gradients fade into the subnormal range, and every product that read
 * them took a microcode assist on Intel cores: a network of FIGURES.md §5 with lambda 0.1 took up to
 * 340 ms an epoch (60 once past it); with its gradients flushed here, at most 190.
 */
public final class Activations {
    private Activations() {}

    /** {@code a[i] = f(z[i])} for i in [from, to). */
    public static void apply(Activation f, float[] z, float[] a, int from, int to) {
        switch (f) {
            case RELU -> { for (int i = relu(z, a, from, to); i < to; i++) a[i] = z[i] >= Float.MIN_NORMAL ? z[i] : 0f; }
            case LEAKY_RELU -> { for (int i = from; i < to; i++) a[i] = flush(z[i] > 0f ? z[i] : Activation.LEAKY_SLOPE * z[i]); }
            case SIGMOID -> { for (int i = from; i < to; i++) a[i] = flush(sigmoid(z[i])); }
            case TANH -> { for (int i = from; i < to; i++) a[i] = flush((float) StrictMath.tanh(z[i])); }
            case LINEAR -> { for (int i = from; i < to; i++) a[i] = flush(z[i]); }
        }
    }

    /**
     * {@code dz[i] = da[i] f'(z[i])} for i in [from, to), with f' written through the activation
     * a = f(z) where that is simpler.
     */
    public static void backward(Activation f, float[] z, float[] a, float[] da, float[] dz, int from, int to) {
        switch (f) {
            case RELU -> { for (int i = reluBackward(z, da, dz, from, to); i < to; i++) dz[i] = z[i] >= Float.MIN_NORMAL ? flush(da[i]) : 0f; }
            case LEAKY_RELU -> { for (int i = from; i < to; i++) dz[i] = flush(z[i] > 0f ? da[i] : Activation.LEAKY_SLOPE * da[i]); }
            case SIGMOID -> { for (int i = from; i < to; i++) dz[i] = flush(da[i] * a[i] * (1f - a[i])); }
            case TANH -> { for (int i = from; i < to; i++) dz[i] = flush(da[i] * (1f - a[i] * a[i])); }
            case LINEAR -> { for (int i = from; i < to; i++) dz[i] = flush(da[i]); }
        }
    }

    /**
     * The vector part of the ReLU, a lane-wise select that gives the scalar loop's bits (a zero,
     * subnormal or NaN z gives +0); returns where the scalar tail starts.
     */
    private static int relu(float[] z, float[] a, int from, int to) {
        if (SCALAR) return from;
        int i = from;
        FloatVector zero = FloatVector.zero(SPECIES);
        for (int end = from + SPECIES.loopBound(to - from); i < end; i += SPECIES.length()) {
            FloatVector zi = FloatVector.fromArray(SPECIES, z, i);
            zero.blend(zi, zi.compare(VectorOperators.GE, Float.MIN_NORMAL)).intoArray(a, i);
        }
        return i;
    }

    /** dz = da where z passed the ReLU, else +0, and +0 for a subnormal da, lane-wise; returns where the scalar tail starts. */
    private static int reluBackward(float[] z, float[] da, float[] dz, int from, int to) {
        if (SCALAR) return from;
        int i = from;
        FloatVector zero = FloatVector.zero(SPECIES);
        for (int end = from + SPECIES.loopBound(to - from); i < end; i += SPECIES.length()) {
            VectorMask<Float> passed = FloatVector.fromArray(SPECIES, z, i).compare(VectorOperators.GE, Float.MIN_NORMAL);
            FloatVector dai = FloatVector.fromArray(SPECIES, da, i);
            zero.blend(dai, passed.and(dai.abs().compare(VectorOperators.GE, Float.MIN_NORMAL))).intoArray(dz, i);
        }
        return i;
    }

    /** 1 / (1 + e^-z), computed as e^z / (1 + e^z) for negative z so that e^-z cannot overflow. */
    public static float sigmoid(float z) {
        if (z >= 0f) return (float) (1.0 / (1.0 + StrictMath.exp(-z)));
        double e = StrictMath.exp(z);
        return (float) (e / (1.0 + e));
    }
}
