package figs.math.kernel;

import figs.math.data.Datasets;
import figs.math.nn.Activation;
import figs.math.nn.LayerSpec;
import figs.math.nn.Init;
import figs.math.nn.Loss;
import figs.math.optim.Adam;
import figs.math.optim.Adamax;
import figs.math.train.EpochState;
import figs.math.train.Grid;
import figs.math.train.History;
import figs.math.train.Trainer;
import figs.math.train.TrainingSpec;
import java.util.List;

/**
 * Prints a digest of kernel products, sums of squares and of two short training runs (weights, grid predictions,
 * losses), for {@link GemmTest} to compare across JVMs started with different {@code figs.vector}
 * widths and {@code figs.threads} counts.
 */
public final class KernelDigest {
    private KernelDigest() {}

    public static void main(String[] args) {
        long h = 1125899906842597L;
        for (int[] s : new int[][] {{33, 7, 13}, {32, 64, 128}, {17, 256, 71}, {1024, 64, 40}, {203, 256, 256}}) {
            GemmTest.Operands o = GemmTest.Operands.random(s[0], s[1], s[2], 3);
            float[] c = new float[s[0] * s[2]];
            Gemm.multiply(o.a(), s[1], 1, o.b(), o.init(), c, s[0], s[1], s[2]);
            for (float v : c) h = 31 * h + Float.floatToRawIntBits(v);
        }
        for (int n : new int[] {37, 16384 + 3}) {
            h = 31 * h + Double.hashCode(SquareSum.of(GemmTest.Operands.random(1, n, 1, n).a()));
        }
        // Layers wide enough (128 x 128 at batch 32) that the training products and the optimizer updates
        // are shared out to threads; Adamax and Adam both run lane-wise. The digest takes every epoch's
        // grid and kernels.
        var data = Datasets.split(Datasets.circles(300, 0.3, 0.1, 1), 0.2, 1);
        List<LayerSpec> layers = List.of(new LayerSpec(128, Activation.RELU), new LayerSpec(128, Activation.LEAKY_RELU, 0.01),
                new LayerSpec(1, Activation.SIGMOID));
        TrainingSpec adamax = new TrainingSpec(2, layers, Adamax.KERAS_DEFAULTS, 3, 32, 5,
                new Grid(-1.5, 1.5, -1.5, 1.5, 20, 20), List.of(0, 1));
        TrainingSpec adam = new TrainingSpec(2, List.of(new LayerSpec(128, Activation.RELU, 0, Init.HE_NORMAL),
                new LayerSpec(64, Activation.TANH), new LayerSpec(1, Activation.SIGMOID)), Loss.MEAN_SQUARED_ERROR,
                Adam.KERAS_DEFAULTS, 3, 32, 6, new Grid(-1.5, 1.5, -1.5, 1.5, 20, 20), List.of(0, 1));
        for (TrainingSpec spec : List.of(adamax, adam)) {
            History history = Trainer.train(spec, data);
            for (EpochState e : history.epochs()) {
                for (float v : e.probabilities()) h = 31 * h + Float.floatToRawIntBits(v);
                for (float[] kernel : e.kernels().values()) for (float v : kernel) h = 31 * h + Float.floatToRawIntBits(v);
                h = 31 * h + Double.hashCode(e.trainLoss()) + Double.hashCode(e.testLoss());
            }
        }
        System.out.println(Long.toHexString(h));
    }
}
