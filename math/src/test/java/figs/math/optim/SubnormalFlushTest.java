package figs.math.optim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import figs.math.kernel.Subnormals;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The optimizers read subnormal gradients as zero and store no subnormal weight or state, as Keras's
 * kernels behave on TensorFlow's flush-to-zero threads; the vector loops flush exactly as the scalar one.
 */
class SubnormalFlushTest {
    private static final List<Optimizer> RULES = List.of(new Sgd(0.01, 0, false), new Sgd(0.01, 0.9, false),
            new Sgd(0.01, 0.9, true), RmsProp.KERAS_DEFAULTS, Adam.KERAS_DEFAULTS, Adamax.KERAS_DEFAULTS);

    @Test
    void flushKeepsNormalNumbersAndZeroesTheRest() {
        assertEquals(Float.MIN_NORMAL, Subnormals.flush(Float.MIN_NORMAL));
        assertEquals(-Float.MIN_NORMAL, Subnormals.flush(-Float.MIN_NORMAL));
        assertEquals(Float.floatToRawIntBits(0f), Float.floatToRawIntBits(Subnormals.flush(Math.nextDown(Float.MIN_NORMAL))));
        assertEquals(Float.floatToRawIntBits(0f), Float.floatToRawIntBits(Subnormals.flush(-Float.MIN_VALUE)));
        assertEquals(Float.floatToRawIntBits(0f), Float.floatToRawIntBits(Subnormals.flush(-0f)));
        assertEquals(Float.POSITIVE_INFINITY, Subnormals.flush(Float.POSITIVE_INFINITY));
        assertTrue(Float.isNaN(Subnormals.flush(Float.NaN)));
    }

    @Test
    void leastWithNormalProductIsTheExactThreshold() {
        for (float factor : new float[] {2e-5f, 2e-4f, 0.02f, 0.2f, 2f, 3f}) {
            float x = Subnormals.leastWithNormalProduct(factor);
            assertTrue(factor * x >= Float.MIN_NORMAL, factor + " * " + x);
            assertTrue(factor * Math.nextDown(x) < Float.MIN_NORMAL, factor + " * below " + x);
        }
    }

    @Test
    void adamaxFirstMomentOfAnIdleUnitFallsToZeroInsteadOfSubnormal() {
        // With a zero gradient m = 0.9^t m0. From m0 = 1: 0.9^828 = 1.10 MIN_NORMAL and 0.9^829 = 0.989 MIN_NORMAL,
        // far outside the float rounding of 829 products (about 5e-5 relative).
        float[] w = {0.5f}, g = {1f};
        Update update = new Update(Adamax.KERAS_DEFAULTS, List.of(w), List.of(g));
        float[][][] state = slotsOf(update);
        update.apply();
        state[0][0][0] = 1f;
        g[0] = 0f;
        for (int t = 0; t < 828; t++) update.apply();
        assertTrue(state[0][0][0] >= Float.MIN_NORMAL, "m after 828 idle steps: " + state[0][0][0]);
        update.apply();
        assertEquals(Float.floatToRawIntBits(0f), Float.floatToRawIntBits(state[0][0][0]));
    }

    @Test
    void subnormalGradientMovesNothing() {
        for (Optimizer rule : RULES) {
            float[] w = {0.25f};
            new Update(rule, List.of(w), List.of(new float[] {Float.MIN_VALUE * 3})).apply();
            assertEquals(0.25f, w[0], rule.toString());
        }
    }

    /**
     * Random weights, gradients and state spread over magnitudes from 2^-140 to 1, stepped 20 times as one
     * range (vector loops and tail) and element by element (the scalar loop): the same bits, and nothing
     * subnormal stored.
     */
    @Test
    void vectorAndScalarLoopsFlushTheSameBitsAndStoreNoSubnormal() {
        for (Optimizer rule : RULES) {
            int n = 203;
            Random random = new Random(7);
            float[] w = tiny(random, n), g = new float[n];
            float[] w1 = w.clone(), g1 = g.clone();
            Update whole = new Update(rule, List.of(w), List.of(g));
            Update single = new Update(rule, List.of(w1), List.of(g1));
            for (int step = 0; step < 20; step++) {
                float[] next = tiny(random, n);
                System.arraycopy(next, 0, g, 0, n);
                System.arraycopy(next, 0, g1, 0, n);
                whole.begin();
                whole.apply(0, 0, n);
                single.begin();
                for (int i = 0; i < n; i++) single.apply(0, i, i + 1);
            }
            float[][] state = slotsOf(whole)[0], state1 = slotsOf(single)[0];
            for (int i = 0; i < n; i++) {
                assertEquals(Float.floatToRawIntBits(w1[i]), Float.floatToRawIntBits(w[i]), rule + " w[" + i + "]");
                assertNormalOrZero(w[i], rule + " w[" + i + "]");
                for (int s = 0; s < state.length; s++) {
                    assertEquals(Float.floatToRawIntBits(state1[s][i]), Float.floatToRawIntBits(state[s][i]), rule + " slot " + s);
                    assertNormalOrZero(state[s][i], rule + " slot " + s + "[" + i + "]");
                }
            }
        }
    }

    private static float[] tiny(Random random, int n) {
        float[] out = new float[n];
        for (int i = 0; i < n; i++) out[i] = (float) ((random.nextBoolean() ? 1 : -1) * Math.scalb(random.nextDouble(), -random.nextInt(141)));
        return out;
    }

    private static void assertNormalOrZero(float x, String what) {
        assertTrue(x == 0 || Math.abs(x) >= Float.MIN_NORMAL || !Float.isFinite(x), what + " is subnormal: " + x);
    }

    private static float[][][] slotsOf(Update update) {
        return update.slots();
    }
}
