package figs.math.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import figs.math.random.MersenneTwister;
import org.junit.jupiter.api.Test;

/**
 * The initialisers against the formulas of Keras's documentation (keras.io/api/layers/initializers:
 * glorot_uniform limit sqrt(6 / (fan_in + fan_out)), he_uniform limit sqrt(6 / fan_in), he_normal a
 * normal of deviation sqrt(2 / fan_in) truncated at two deviations) on a 256 x 128 kernel: bounds
 * exactly, spread statistically (65 536 draws put the sample deviation within 1 % of the true one).
 */
class InitTest {
    private static final int FAN_IN = 256;
    private static final int FAN_OUT = 256;

    @Test
    void glorotUniformStaysWithinItsLimitAndHasItsVariance() {
        double limit = Math.sqrt(6.0 / (FAN_IN + FAN_OUT));
        float[] w = draw(Init.GLOROT_UNIFORM);
        assertTrue(maxAbs(w) <= limit && maxAbs(w) > 0.99 * limit, "max |w| " + maxAbs(w) + " against " + limit);
        assertEquals(limit / Math.sqrt(3), stddev(w), 0.01 * limit / Math.sqrt(3));   // U(-l, l) has sd l / sqrt 3
    }

    @Test
    void heUniformStaysWithinItsLimitAndHasItsVariance() {
        double limit = Math.sqrt(6.0 / FAN_IN);
        float[] w = draw(Init.HE_UNIFORM);
        assertTrue(maxAbs(w) <= limit && maxAbs(w) > 0.99 * limit, "max |w| " + maxAbs(w));
        assertEquals(Math.sqrt(2.0 / FAN_IN), stddev(w), 0.01 * Math.sqrt(2.0 / FAN_IN));   // l / sqrt 3 = sqrt(2 / fan_in)
    }

    /**
     * Keras scales the underlying normal by 1 / 0.8796 so that what survives the truncation at two of
     * its deviations has the intended deviation sqrt(2 / fan_in).
     */
    @Test
    void heNormalIsTruncatedAtTwoDeviationsAndKeepsTheIntendedSpread() {
        double target = Math.sqrt(2.0 / FAN_IN);
        double underlying = target / 0.87962566103423978;
        float[] w = draw(Init.HE_NORMAL);
        assertTrue(maxAbs(w) <= 2 * underlying + 1e-7, "max |w| " + maxAbs(w) + " beyond " + 2 * underlying);
        assertTrue(maxAbs(w) > 1.95 * underlying, "the tails reach the cut");
        assertEquals(target, stddev(w), 0.01 * target);
    }

    @Test
    void aSeedFixesEveryWeight() {
        assertEquals(java.util.Arrays.hashCode(draw(Init.HE_NORMAL)), java.util.Arrays.hashCode(draw(Init.HE_NORMAL)));
    }

    private static float[] draw(Init init) {
        float[] w = new float[FAN_IN * FAN_OUT];
        init.fill(w, FAN_IN, FAN_OUT, new MersenneTwister(5));
        return w;
    }

    private static double maxAbs(float[] w) {
        double m = 0;
        for (float v : w) m = Math.max(m, Math.abs(v));
        return m;
    }

    private static double stddev(float[] w) {
        double sum = 0, squares = 0;
        for (float v : w) {
            sum += v;
            squares += (double) v * v;
        }
        double mean = sum / w.length;
        return Math.sqrt(squares / w.length - mean * mean);
    }
}
