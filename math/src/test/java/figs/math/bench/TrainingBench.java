package figs.math.bench;

import figs.math.data.Dataset;
import figs.math.data.Datasets;
import figs.math.data.Split;
import figs.math.kernel.Lanes;
import figs.math.kernel.Threads;
import figs.math.nn.Activation;
import figs.math.nn.LayerSpec;
import figs.math.nn.Network;
import figs.math.optim.Adamax;
import figs.math.optim.Update;
import figs.math.random.MersenneTwister;
import figs.math.train.EpochState;
import figs.math.train.History;
import figs.math.train.Trainer;
import figs.math.train.TrainingSpec;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Seconds for the training run of FIGURES.md §4: make_moons(2000, noise 0.4, seed 100), 20 % test,
 * 2-8-64-128-256-256-256-128-64-16-1 (ReLU, sigmoid output), Adamax with Keras's defaults, batch 32,
 * loss and accuracy on both splits after every epoch. Run by {@code scripts/bench train [epochs]};
 * the vector width and thread count come from {@code -Dfigs.vector} and {@code -Dfigs.threads}.
 * It also trains §3's deep network with L2 0.01 on its 3rd and 5th layers and prints its accuracies,
 * which FIGURES.md gives as about 0.89 train and 0.88 test. A benchmark: it asserts nothing.
 */
public final class TrainingBench {
    private static final int[] WIDTHS_4 = {8, 64, 128, 256, 256, 256, 128, 64, 16};
    private static final int[] WIDTHS_3 = {8, 32, 128, 256, 256, 128, 64, 16};

    private TrainingBench() {}

    public static void main(String[] args) {
        int epochs = args.length > 0 ? Integer.parseInt(args[0]) : 300;
        Split moons = Datasets.split(Datasets.moons(2000, 0.4, 100), 0.2, 42);
        System.out.printf(Locale.ROOT, "kernels: %s, %d threads%n", Lanes.describe(), Threads.count());

        TrainingSpec section4 = spec(WIDTHS_4, -1, 0, epochs);
        long start = System.nanoTime();
        History history = Trainer.train(section4, moons);
        double seconds = (System.nanoTime() - start) / 1e9;
        EpochState last = history.epochs().getLast();
        System.out.printf(Locale.ROOT, "§4 network, %d epochs: %.2f s (%.1f ms an epoch), last epoch's running train acc"
                + " %.3f, test acc %.3f%n",
                epochs, seconds, 1000 * seconds / epochs, last.trainAccuracy(), last.testAccuracy());

        steadyEpochs("§4 network", section4, moons);
        // As one network of FIGURES.md §5's sweep trains in a batch render: L2 on its 3rd and 5th layers,
        // one thread (run with -Dfigs.threads=1 to see that case alone).
        steadyEpochs("§3 network with L2 0.01", spec(WIDTHS_3, 2, 0.01, epochs), moons);

        if (args.length > 1 && args[1].equals("quality")) {
            for (double l2 : new double[] {0, 0.01}) {
                History trained = Trainer.train(spec(WIDTHS_3, l2 > 0 ? 2 : -1, l2, 200), moons);
                System.out.printf(Locale.ROOT, "§3 network, L2 %s, 200 epochs: train acc %.3f, test acc %.3f"
                        + " (the trained model evaluated on each split)%n", l2 > 0 ? "0.01 on layers 3 and 5" : "none",
                        trained.finalTrain().accuracy(), trained.finalTest().accuracy());
            }
        }
    }

    /**
     * The training steps alone, once the JIT has settled: 150 epochs of a network's 50 steps on the
     * train split in order, timed one epoch at a time; the last 100 give the minimum, 10th percentile and
     * median. On a shared machine the whole run's time moves by a third from one run to the next, while
     * the minimum and the 10th percentile of an epoch stay within a few percent, which is what comparing
     * two versions of the trainer needs.
     */
    private static void steadyEpochs(String name, TrainingSpec spec, Split data) {
        Network net = new Network(spec.inputs(), spec.layers(), spec.loss(), 1024, new MersenneTwister(spec.seed()));
        Update update = net.update(spec.optimizer());
        Dataset train = data.train();
        int batch = spec.batchSize(), steps = train.size() / batch;
        float[] x = new float[batch * 2];
        int[] y = new int[batch];
        double[] ms = new double[150];
        for (int e = 0; e < ms.length; e++) {
            long start = System.nanoTime();
            for (int b = 0; b < steps; b++) {
                System.arraycopy(train.features(), b * batch * 2, x, 0, batch * 2);
                System.arraycopy(train.labels(), b * batch, y, 0, batch);
                net.step(x, y, batch, update);
            }
            ms[e] = (System.nanoTime() - start) / 1e6;
        }
        double[] settled = Arrays.copyOfRange(ms, 50, ms.length);
        Arrays.sort(settled);
        System.out.printf(Locale.ROOT, "%s, steps alone after 50 epochs of warm-up: %.1f ms an epoch at best, %.1f"
                + " (10th percentile), %.1f (median)%n", name, settled[0], settled[settled.length / 10], settled[settled.length / 2]);
    }

    /** ReLU layers of the given widths, then one sigmoid unit; L2 on layers 3 and 5 (1-based) when asked. */
    private static TrainingSpec spec(int[] widths, int firstL2, double l2, int epochs) {
        List<LayerSpec> layers = new ArrayList<>();
        for (int i = 0; i < widths.length; i++) {
            boolean penalised = firstL2 >= 0 && (i == firstL2 || i == firstL2 + 2);
            layers.add(new LayerSpec(widths[i], Activation.RELU, penalised ? l2 : 0));
        }
        layers.add(new LayerSpec(1, Activation.SIGMOID));
        return new TrainingSpec(2, layers, Adamax.KERAS_DEFAULTS, epochs, 32, 0, null);
    }
}
