package figs.math.bench;

import figs.math.data.Datasets;
import figs.math.data.Split;
import figs.math.kernel.Lanes;
import figs.math.kernel.Threads;
import figs.math.nn.Activation;
import figs.math.nn.LayerSpec;
import figs.math.optim.Adamax;
import figs.math.train.EpochState;
import figs.math.train.History;
import figs.math.train.Trainer;
import figs.math.train.TrainingSpec;
import java.util.ArrayList;
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

        if (args.length > 1 && args[1].equals("quality")) {
            for (double l2 : new double[] {0, 0.01}) {
                History trained = Trainer.train(spec(WIDTHS_3, l2 > 0 ? 2 : -1, l2, 200), moons);
                System.out.printf(Locale.ROOT, "§3 network, L2 %s, 200 epochs: train acc %.3f, test acc %.3f"
                        + " (the trained model evaluated on each split)%n", l2 > 0 ? "0.01 on layers 3 and 5" : "none",
                        trained.finalTrain().accuracy(), trained.finalTest().accuracy());
            }
        }
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
