package figs.math.kernel;

import figs.math.data.Datasets;
import figs.math.nn.Activation;
import figs.math.nn.LayerSpec;
import figs.math.optim.Adamax;
import figs.math.train.EpochState;
import figs.math.train.Grid;
import figs.math.train.History;
import figs.math.train.Trainer;
import figs.math.train.TrainingSpec;
import java.util.List;

/**
 * Prints a digest of kernel products and of a short training run, for {@link GemmTest} to compare
 * across JVMs started with different {@code figs.vector} widths.
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
        TrainingSpec spec = new TrainingSpec(2, List.of(new LayerSpec(16, Activation.RELU), new LayerSpec(40, Activation.RELU),
                new LayerSpec(1, Activation.SIGMOID)), Adamax.KERAS_DEFAULTS, 3, 32, 5, new Grid(-1.5, 1.5, -1.5, 1.5, 20, 20));
        History history = Trainer.train(spec, Datasets.split(Datasets.circles(300, 0.3, 0.1, 1), 0.2, 1));
        for (EpochState e : history.epochs()) {
            for (float v : e.probabilities()) h = 31 * h + Float.floatToRawIntBits(v);
        }
        System.out.println(Long.toHexString(h));
    }
}
