package figs.math.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import figs.math.random.MersenneTwister;
import org.junit.jupiter.api.Test;

/**
 * The products a ReLU below makes useless are left out (Dense.forward, inputGradient, kernelGradient):
 * each shortcut against the full product on the same layer, to the bit, on inputs shaped like a ReLU
 * layer's output (+0 or positive, a third of the columns +0 in every row, more zeros scattered), over the
 * whole batch and over two blocks of rows as two threads take them.
 */
class ReluSkipTest {
    private static final int ROWS = 32;
    private static final int INPUTS = 64;
    private static final int UNITS = 48;

    /** A ReLU layer's output: column c is +0 in every row when c % 3 == 0, else max(0, gauss). */
    private static float[] reluOutput(long seed) {
        MersenneTwister rng = new MersenneTwister(seed);
        float[] x = new float[ROWS * INPUTS];
        for (int r = 0; r < ROWS; r++) {
            for (int c = 0; c < INPUTS; c++) x[r * INPUTS + c] = c % 3 == 0 ? 0f : (float) Math.max(0, rng.gauss());
        }
        return x;
    }

    private static Dense layer(Activation activation) {
        Dense d = new Dense(INPUTS, new LayerSpec(UNITS, activation), ROWS);
        d.initialise(new MersenneTwister(11));
        MersenneTwister rng = new MersenneTwister(12);
        for (int u = 0; u < UNITS; u++) d.bias[u] = (float) (0.1 * rng.gauss());
        return d;
    }

    /** A ReLU layer with dz drawn from {@code seed}, as the layer above would leave it. */
    private static Dense withGradient(long seed) {
        Dense d = layer(Activation.RELU);
        MersenneTwister rng = new MersenneTwister(seed);
        for (int i = 0; i < ROWS * UNITS; i++) d.dz[i] = (float) rng.gauss();
        return d;
    }

    private static void assertSameBits(float[] expected, float[] actual, int from, int to, String what) {
        for (int i = from; i < to; i++) {
            assertEquals(Float.floatToRawIntBits(expected[i]), Float.floatToRawIntBits(actual[i]), what + " at " + i);
        }
    }

    @Test
    void forwardOverReluInputsGivesTheFullProductsActivations() {
        float[] x = reluOutput(1);
        for (Activation activation : new Activation[] {Activation.RELU, Activation.SIGMOID}) {
            Dense full = layer(activation), skipping = layer(activation);
            full.forward(x, 0, ROWS, false);
            skipping.forward(x, 0, 16, true);
            skipping.forward(x, 16, ROWS, true);
            assertSameBits(full.a, skipping.a, 0, ROWS * UNITS, activation + " activations");
        }
    }

    @Test
    void kernelGradientRowsOfDeadInputsAreTheFullProductsZeros() {
        float[] x = reluOutput(2);
        Dense full = withGradient(3), skipping = withGradient(3);
        full.panelGradient(ROWS, 0, ROWS);
        skipping.panelGradient(ROWS, 0, ROWS);
        full.kernelGradient(x, ROWS, 0, INPUTS, false);
        skipping.kernelGradient(x, ROWS, 0, 16, true);    // two pieces, as the weight-gradient items come
        skipping.kernelGradient(x, ROWS, 16, INPUTS, true);
        assertSameBits(full.kernelGrad, skipping.kernelGrad, 0, INPUTS * UNITS, "kernel gradient");
        assertEquals(0, Float.floatToRawIntBits(skipping.kernelGrad[0]), "a dead input's row is +0");
    }

    @Test
    void inputGradientIsTheFullProductWhereTheReluBelowIsOn() {
        float[] gate = reluOutput(4);
        Dense full = withGradient(5), skipping = withGradient(5);
        float[] dxFull = new float[ROWS * INPUTS], dxSkipping = new float[ROWS * INPUTS];
        full.inputGradient(ROWS, 0, ROWS, dxFull, null);
        skipping.inputGradient(ROWS, 0, 16, dxSkipping, gate);
        skipping.inputGradient(ROWS, 16, ROWS, dxSkipping, gate);
        int compared = 0;
        for (int r = 0; r < ROWS; r++) {
            for (int i = 0; i < INPUTS; i++) {
                if (gate[r * INPUTS + i] > 0) {   // where the ReLU below passes its gradient on
                    assertEquals(Float.floatToRawIntBits(dxFull[r * INPUTS + i]), Float.floatToRawIntBits(dxSkipping[r * INPUTS + i]),
                            "dx at row " + r + ", input " + i);
                    compared++;
                }
            }
        }
        assertTrue(compared > ROWS * INPUTS / 3, compared + " entries compared");
    }
}
