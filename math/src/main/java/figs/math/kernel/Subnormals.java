package figs.math.kernel;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorOperators;

/**
 * Flushing subnormal floats to +0, as TensorFlow's CPU threads do: every Keras kernel runs with the
 * processor's flush-to-zero and denormals-are-zero modes on ({@code port::ScopedFlushDenormal}). Java
 * cannot set those modes, so the trainer flushes what it keeps between operations instead: the weights,
 * the optimizer state, the activations and their gradients are normal or zero.
 *
 * <p>It is also a matter of speed: on Intel cores an operation that reads or makes a subnormal takes a
 * microcode assist of about a hundred cycles, and Adamax's first moment of a ReLU unit that stays off
 * shrinks by 0.9 a step into the subnormal range and stays there. With them, the 300-epoch run of
 * FIGURES.md §4 took 43 s on a Xeon; flushed, 8.4 to 8.8 s (math/BENCHMARKS.md).
 */
public final class Subnormals {
    private Subnormals() {}

    /** {@code x}, or +0 when it is subnormal or -0; NaN and infinities stay. */
    public static float flush(float x) {
        return Math.abs(x) < Float.MIN_NORMAL ? 0f : x;
    }

    /** {@link #flush(float)} lane by lane: the same bits. */
    public static FloatVector flush(FloatVector x) {
        return x.blend(0f, x.abs().compare(VectorOperators.LT, Float.MIN_NORMAL));
    }

    /**
     * The least x >= 0 for which the float product {@code factor * x} (factor > 0) is normal: a product
     * with |x| below it would be subnormal, and comparing |x| with this instead of multiplying makes
     * none. Rounding is monotone, so the products of all larger x are normal too.
     */
    public static float leastWithNormalProduct(float factor) {
        if (!(factor > 0 && factor < Float.POSITIVE_INFINITY)) throw new IllegalArgumentException("factor must be positive and finite, not " + factor);
        float x = Float.MIN_NORMAL / factor;
        while (x > 0 && factor * Math.nextDown(x) >= Float.MIN_NORMAL) x = Math.nextDown(x);
        while (factor * x < Float.MIN_NORMAL) x = Math.nextUp(x);
        return x;
    }

    /**
     * factor * x flushed, without making a subnormal product: +0 where |x| is under {@code least}, which
     * is {@link #leastWithNormalProduct}(factor) (factor > 0).
     */
    public static float product(float factor, float x, float least) {
        return Math.abs(x) >= least ? factor * x : 0f;
    }

    /** {@link #product(float, float, float)} lane by lane: the same bits. */
    public static FloatVector product(FloatVector factor, FloatVector x, FloatVector least) {
        return factor.mul(x.blend(0f, x.abs().compare(VectorOperators.LT, least)));
    }
}
