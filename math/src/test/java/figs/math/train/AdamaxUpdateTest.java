package figs.math.train;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Hand-computed from TensorFlow's ApplyAdaMax formulas with Keras's defaults. */
class AdamaxUpdateTest {
    private static final double FLOAT_TOLERANCE = 1e-7;

    @Test
    void firstStepMovesEveryWeightByTheLearningRate() {
        // t = 1: m = 0.1 g, u = |g|, lr_t = 0.002 / 0.1 = 0.02, step = 0.02 * 0.1 g / (|g| + 1e-7) ~ 0.002 sign(g).
        float[] w = {1f, -2f, 0.5f};
        float[] g = {0.5f, -4f, 0f};
        new AdamaxUpdate(Adamax.KERAS_DEFAULTS, List.of(w), List.of(g)).apply();
        assertEquals(1 - 0.002 * 0.5 / (0.5 + 1e-7), w[0], FLOAT_TOLERANCE);
        assertEquals(-2 + 0.002 * 4 / (4 + 1e-7), w[1], FLOAT_TOLERANCE);
        assertEquals(0.5, w[2], 0, "zero gradient, no move");
    }

    @Test
    void secondStepUsesTheDecayedInfinityNorm() {
        float[] w = {0f};
        float[] g = {1f};
        AdamaxUpdate update = new AdamaxUpdate(Adamax.KERAS_DEFAULTS, List.of(w), List.of(g));
        update.apply();
        g[0] = 0.5f;
        update.apply();
        // After step 1: w = -0.002 / (1 + 1e-7) * 1, m = 0.1, u = 1.
        // Step 2: m = 0.09 + 0.05 = 0.14, u = max(0.999, 0.5) = 0.999, lr_t = 0.002 / (1 - 0.81) = 0.0105263.
        double afterOne = -0.02 * 0.1 / (1 + 1e-7);
        double expected = afterOne - 0.002 / (1 - 0.81) * 0.14 / (0.999 + 1e-7);
        assertEquals(expected, w[0], FLOAT_TOLERANCE);
    }
}
