package figs.math.train;

import figs.math.data.Split;

/** STUB: to be implemented. */
public final class Trainer {
    private Trainer() {}

    public static History train(TrainingSpec spec, Split data) {
        throw new UnsupportedOperationException();
    }
}
