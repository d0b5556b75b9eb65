package figs.math.train;

import figs.math.nn.Loss;

/**
 * Sums of the loss and of correct predictions over the rows scored so far, as Keras's
 * loss tracker and {@code binary_accuracy} metric accumulate them (each row counts once, so a smaller
 * last batch weighs by its size).
 */
final class RunningScores {
    private final Loss rule;
    private double loss;
    private double penalties;
    private int correct;
    private int rows;

    RunningScores(Loss rule) {
        this.rule = rule;
    }

    /**
     * Scores {@code count} probabilities against labels from {@code labels[first]}; {@code penalty} is
     * the L2 term of the moment, which Keras adds to every batch's loss.
     */
    void add(float[] p, int[] labels, int first, int count, double penalty) {
        for (int r = 0; r < count; r++) {
            int y = labels[first + r];
            loss += rule.of(p[r], y);
            if ((p[r] > 0.5f ? 1 : 0) == y) correct++;
        }
        penalties += penalty * count;
        rows += count;
    }

    /** The means so far, plus {@code penalty} (the L2 term of a model scored with fixed weights). */
    Scores mean(double penalty) {
        return new Scores((loss + penalties) / rows + penalty, (double) correct / rows);
    }
}
