package figs.math.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Activations store no subnormal, as on TensorFlow's flush-to-zero threads: a ReLU passes only z of at least
 * the smallest normal float and its gradient only where it passed; the vector loops give the scalar loop's bits.
 */
class ActivationsFlushTest {
    private static final float TINY = Float.MIN_NORMAL / 4;   // subnormal

    @Test
    void reluTakesSubnormalInputsAndGradientsAsZero() {
        float[] z = {TINY, Float.MIN_NORMAL, -TINY, 1f};
        float[] a = new float[4];
        Activations.apply(Activation.RELU, z, a, 0, 4);
        assertEquals(0f, a[0]);
        assertEquals(Float.MIN_NORMAL, a[1]);
        assertEquals(0f, a[2]);
        float[] da = {1f, TINY, 1f, -TINY};
        float[] dz = new float[4];
        Activations.backward(Activation.RELU, z, a, da, dz, 0, 4);
        assertEquals(0f, dz[0], "a subnormal z did not pass the ReLU");
        assertEquals(0f, dz[1], "a subnormal gradient is +0");
        assertEquals(0f, dz[3]);
    }

    @Test
    void sigmoidOfAVeryNegativeInputIsZeroNotSubnormal() {
        float[] z = {-100f}, a = new float[1];
        Activations.apply(Activation.SIGMOID, z, a, 0, 1);
        assertEquals(0f, a[0]);
    }

    /** Values around the smallest normal float through each function, as one range and element by element. */
    @Test
    void vectorLoopsFlushAsTheScalarLoopDoes() {
        Random random = new Random(3);
        int n = 131;
        float[] z = new float[n], da = new float[n];
        for (int i = 0; i < n; i++) {
            z[i] = (float) ((random.nextBoolean() ? 1 : -1) * Math.scalb(random.nextDouble(), -120 - random.nextInt(12)));
            da[i] = (float) ((random.nextBoolean() ? 1 : -1) * Math.scalb(random.nextDouble(), -120 - random.nextInt(12)));
        }
        for (Activation f : Activation.values()) {
            float[] a = new float[n], a1 = new float[n], dz = new float[n], dz1 = new float[n];
            Activations.apply(f, z, a, 0, n);
            Activations.backward(f, z, a, da, dz, 0, n);
            for (int i = 0; i < n; i++) {
                Activations.apply(f, z, a1, i, i + 1);
                Activations.backward(f, z, a1, da, dz1, i, i + 1);
            }
            for (int i = 0; i < n; i++) {
                assertEquals(Float.floatToRawIntBits(a1[i]), Float.floatToRawIntBits(a[i]), f + " a[" + i + "]");
                assertEquals(Float.floatToRawIntBits(dz1[i]), Float.floatToRawIntBits(dz[i]), f + " dz[" + i + "]");
                assertTrue(a[i] == 0 || Math.abs(a[i]) >= Float.MIN_NORMAL, f + " a[" + i + "] = " + a[i]);
                assertTrue(dz[i] == 0 || Math.abs(dz[i]) >= Float.MIN_NORMAL, f + " dz[" + i + "] = " + dz[i]);
            }
        }
    }
}
