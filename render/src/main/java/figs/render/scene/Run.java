package figs.render.scene;

import figs.math.train.TrainingSpec;

/** A validated run: a data set or a training on one. */
public sealed interface Run {
    String name();

    /** scikit-learn's {@code make_circles(samples, factor, noise, seed)} split by {@code train_test_split}. */
    record Circles(String name, int samples, double factor, double noise, long seed, double testFraction,
                   long splitSeed) implements Run {}

    /** A network trained on the train split of the data set run {@code data}. */
    record Train(String name, String data, TrainingSpec spec) implements Run {}
}
