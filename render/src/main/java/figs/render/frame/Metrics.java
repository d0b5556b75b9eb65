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

    /** {min, max} of a metric over the whole run, so that an animated axis does not jump between frames. */
    public static double[] range(History history, String name) {
        double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
        for (EpochState s : history.epochs()) {
            double v = value(s, name);
            lo = Math.min(lo, v);
            hi = Math.max(hi, v);
        }
        return new double[] {lo, hi};
    }
}
