package figs.math.optim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Two steps of each rule against values worked out by hand from TensorFlow's update formulas. */
class OptimizersTest {
    private static final double FLOAT_TOLERANCE = 1e-7;

    /** Steps w = 0 with gradient 1, then 0.5; returns w after each step. */
    private static double[] twoSteps(Optimizer rule) {
        float[] w = {0f};
        float[] g = {1f};
        Update update = new Update(rule, List.of(w), List.of(g));
        update.apply();
        double first = w[0];
        g[0] = 0.5f;
        update.apply();
        return new double[] {first, w[0]};
    }

    @Test
    void plainGradientDescent() {
        double[] w = twoSteps(new Sgd(0.1, 0, false));
        assertEquals(-0.1, w[0], FLOAT_TOLERANCE);
        assertEquals(-0.15, w[1], FLOAT_TOLERANCE);
    }

    @Test
    void momentumCarriesTheVelocity() {
        // v1 = -0.1, w1 = -0.1; v2 = 0.9 (-0.1) - 0.05 = -0.14, w2 = -0.24.
        double[] w = twoSteps(new Sgd(0.1, 0.9, false));
        assertEquals(-0.1, w[0], FLOAT_TOLERANCE);
        assertEquals(-0.24, w[1], FLOAT_TOLERANCE);
    }

    @Test
    void nesterovLooksAhead() {
        // w1 = 0.9 (-0.1) - 0.1 = -0.19; v2 = -0.14, w2 = -0.19 + 0.9 (-0.14) - 0.05 = -0.366.
        double[] w = twoSteps(new Sgd(0.1, 0.9, true));
        assertEquals(-0.19, w[0], FLOAT_TOLERANCE);
        assertEquals(-0.366, w[1], FLOAT_TOLERANCE);
    }

    @Test
    void rmsPropDividesByTheRootMeanSquare() {
        // a1 = 0.1, w1 = -0.001 / (sqrt(0.1) + 1e-7); a2 = 0.09 + 0.025 = 0.115, w2 = w1 - 0.0005 / (sqrt(0.115) + 1e-7).
        double[] w = twoSteps(RmsProp.KERAS_DEFAULTS);
        double w1 = -0.001 / (Math.sqrt(0.1) + 1e-7);
        assertEquals(w1, w[0], FLOAT_TOLERANCE);
        assertEquals(w1 - 0.0005 / (Math.sqrt(0.115) + 1e-7), w[1], FLOAT_TOLERANCE);
    }

    @Test
    void adamCorrectsBothMomentsForBias() {
        // t = 1: lr_t = 0.001 sqrt(0.001) / 0.1, m = 0.1, v = 0.001. t = 2: m = 0.14, v = 0.000999 + 0.00025.
        double[] w = twoSteps(Adam.KERAS_DEFAULTS);
        double w1 = -0.001 * Math.sqrt(0.001) / 0.1 * 0.1 / (Math.sqrt(0.001) + 1e-7);
        double lr2 = 0.001 * Math.sqrt(1 - 0.999 * 0.999) / (1 - 0.81);
        assertEquals(w1, w[0], FLOAT_TOLERANCE);
        assertEquals(w1 - lr2 * 0.14 / (Math.sqrt(0.001249) + 1e-7), w[1], FLOAT_TOLERANCE);
    }

    @Test
    void adamaxUsesTheDecayedInfinityNorm() {
        // t = 1: w = -0.02 * 0.1 / (1 + 1e-7); t = 2: m = 0.14, u = max(0.999, 0.5), lr_t = 0.002 / 0.19.
        double[] w = twoSteps(Adamax.KERAS_DEFAULTS);
        double w1 = -0.02 * 0.1 / (1 + 1e-7);
        assertEquals(w1, w[0], FLOAT_TOLERANCE);
        assertEquals(w1 - 0.002 / (1 - 0.81) * 0.14 / (0.999 + 1e-7), w[1], FLOAT_TOLERANCE);
    }

    @Test
    void zeroGradientLeavesAdaptiveRulesStill() {
        float[] w = {0.5f};
        new Update(Adamax.KERAS_DEFAULTS, List.of(w), List.of(new float[] {0f})).apply();
        assertEquals(0.5, w[0], 0);
    }

    @Test
    void badSettingsSayWhichValueIsWrong() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Adam(Double.NaN, 0.9, 0.999, 1e-7));
        assertEquals("learning rate must be a positive finite number, not NaN", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new Sgd(0.1, 1.0, false));
        assertThrows(IllegalArgumentException.class, () -> new RmsProp(0.1, 0.9, 0));
    }
}
