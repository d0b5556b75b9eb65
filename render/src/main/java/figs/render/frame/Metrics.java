package figs.render.frame;

import figs.math.train.EpochState;
import figs.math.train.History;

/** The per-epoch numbers a lines mark can draw, by the names scenes use for them. */
public final class Metrics {
    private Metrics() {}

    public static double value(EpochState state, String name) {
        return switch (name) {
            case "train_acc" -> state.trainAccuracy();
            case "train_loss" -> state.trainLoss();
            case "test_acc" -> state.testAccuracy();
            case "test_loss" -> state.testLoss();
            default -> throw new IllegalArgumentException("no metric named " + name);
        };
    }

    /**
     * The trailing mean of a metric: the mean over the {@code window} epochs ending at index {@code e}, or
     * over all epochs so far while fewer have passed (pandas' {@code rolling(window, min_periods=1).mean()}),
     * summed oldest first so every frame gets the same bits for the same epoch.
     */
    public static double trailingMean(History history, String name, int e, int window) {
        int first = Math.max(0, e - window + 1);
        double sum = 0;
        for (int k = first; k <= e; k++) sum += value(history.epochs().get(k), name);
        return sum / (e - first + 1);
    }

    /** {min, max} of a metric's trailing mean over the whole run, so that an animated axis does not jump between frames. */
    public static double[] range(History history, String name, int window) {
        double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
        for (int e = 0; e < history.epochs().size(); e++) {
            double v = trailingMean(history, name, e, window);
            lo = Math.min(lo, v);
            hi = Math.max(hi, v);
        }
        return new double[] {lo, hi};
    }
}
