package figs.math.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;

import figs.math.optim.Adam;
import figs.math.optim.Update;
import figs.math.random.MersenneTwister;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The analytic gradients of the mean loss (binary cross-entropy, squared error) plus L2 penalties
 * against central finite differences, through every activation.
 */
class NetworkGradientTest {
    private static final float STEP = 1e-2f;
    /** Central differences err by O(step^2) and float rounding by about 1e-7 / step. */
    private static final double TOLERANCE = 2e-4;

    @Test
    void crossEntropyGradientsMatchFiniteDifferences() {
        checkAgainstFiniteDifferences(Loss.BINARY_CROSSENTROPY, Activation.SIGMOID);
    }

    @Test
    void squaredErrorGradientsMatchFiniteDifferencesThroughAnyOutput() {
        checkAgainstFiniteDifferences(Loss.MEAN_SQUARED_ERROR, Activation.TANH);
        checkAgainstFiniteDifferences(Loss.MEAN_SQUARED_ERROR, Activation.SIGMOID);
    }

    /**
     * {@link Network#step} computes each block of kernel gradients and moves it at once; the plain
     * order (all gradients, then the optimizer over whole arrays) must give the same bits, for both
     * losses, with L2 terms, and with kernels wide enough to be cut into several pieces.
     */
    @Test
    void aFusedStepIsTheBackwardPassThenTheUpdateToTheBit() {
        for (Loss rule : Loss.values()) {
            List<LayerSpec> specs = List.of(new LayerSpec(40, Activation.RELU), new LayerSpec(70, Activation.TANH, 0.01),
                    new LayerSpec(1, Activation.SIGMOID));
            Network fused = new Network(2, specs, rule, 32, new MersenneTwister(5));
            Network plain = new Network(2, specs, rule, 32, new MersenneTwister(5));
            Update fusedUpdate = fused.update(Adam.KERAS_DEFAULTS), plainUpdate = plain.update(Adam.KERAS_DEFAULTS);
            MersenneTwister rng = new MersenneTwister(11);
            for (int step = 0; step < 4; step++) {
                int rows = step == 3 ? 19 : 32;   // a last, smaller batch
                float[] x = new float[rows * 2];
                int[] y = new int[rows];
                for (int i = 0; i < x.length; i++) x[i] = (float) rng.gauss();
                for (int r = 0; r < rows; r++) y[r] = (int) (rng.nextInt32() & 1);
                fused.step(x, y, rows, fusedUpdate);
                plain.forward(x, rows);
                plain.backward(x, y, rows);
                plainUpdate.apply();
            }
            for (int l = 0; l < specs.size(); l++) {
                for (int p = 0; p < 2; p++) {
                    float[] a = fused.layers().get(l).parameters()[p], b = plain.layers().get(l).parameters()[p];
                    for (int i = 0; i < a.length; i++) {
                        assertEquals(Float.floatToRawIntBits(b[i]), Float.floatToRawIntBits(a[i]),
                                rule + " layer " + l + " array " + p + " [" + i + "]");
                    }
                }
            }
        }
    }

    @Test
    void lossesOfOneRowByHand() {
        assertEquals(-Math.log(0.8 + 1e-7), Loss.BINARY_CROSSENTROPY.of(0.8f, 1), 1e-7);
        assertEquals(-Math.log(1 - (1 - 1e-7) + 1e-7), Loss.BINARY_CROSSENTROPY.of(1f, 0), 1e-9);   // clipped, finite
        assertEquals(0.64, Loss.MEAN_SQUARED_ERROR.of(0.8f, 0), 1e-7);
    }

    @Test
    void crossEntropyRefusesAnOutputThatIsNotASigmoid() {
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> new Network(2, List.of(new LayerSpec(1, Activation.LINEAR)), Loss.BINARY_CROSSENTROPY, 4,
                        new MersenneTwister(0)));
        assertEquals("binary cross-entropy needs a sigmoid output, not LINEAR", e.getMessage());
    }

    private static void checkAgainstFiniteDifferences(Loss rule, Activation output) {
        int rows = 5;
        Network net = new Network(2, List.of(new LayerSpec(4, Activation.SIGMOID), new LayerSpec(5, Activation.TANH, 0.05),
                new LayerSpec(3, Activation.LEAKY_RELU), new LayerSpec(3, Activation.LINEAR, 0.01),
                new LayerSpec(1, output)), rule, rows, new MersenneTwister(3));
        MersenneTwister rng = new MersenneTwister(9);
        float[] x = new float[rows * 2];
        for (int i = 0; i < x.length; i++) x[i] = (float) (2 * rng.gauss());
        int[] y = {0, 1, 1, 0, 1};
        for (Dense layer : net.layers()) for (int i = 0; i < layer.bias.length; i++) layer.bias[i] = (float) (0.3 * rng.gauss());
        net.forward(x, rows);
        net.backward(x, y, rows);
        for (Dense layer : net.layers()) {
            float[][] params = layer.parameters();
            float[][] grads = layer.gradients();
            for (int p = 0; p < params.length; p++) {
                float[] analytic = grads[p].clone();
                for (int i = 0; i < params[p].length; i++) {
                    float saved = params[p][i];
                    params[p][i] = saved + STEP;
                    double up = loss(net, x, y, rows);
                    params[p][i] = saved - STEP;
                    double down = loss(net, x, y, rows);
                    params[p][i] = saved;
                    assertEquals((up - down) / (2 * STEP), analytic[i], TOLERANCE, "parameter " + p + "[" + i + "]");
                }
            }
        }
    }

    private static double loss(Network net, float[] x, int[] y, int rows) {
        float[] out = net.forward(x, rows);
        double sum = 0;
        for (int r = 0; r < rows; r++) {
            sum += net.loss() == Loss.BINARY_CROSSENTROPY ? -(y[r] == 1 ? Math.log(out[r]) : Math.log(1 - out[r]))
                    : (out[r] - y[r]) * (out[r] - y[r]);
        }
        return sum / rows + net.penalty();
    }
}
