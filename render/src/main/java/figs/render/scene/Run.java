package figs.render.scene;

import figs.math.train.TrainingSpec;

/** A validated run: a data set or a training on one. */
public sealed interface Run {
    String name();

    /** A generated data set split by {@code train_test_split(test_size=testFraction, random_state=splitSeed)}. */
    record Data(String name, Generator generator, double testFraction, long splitSeed) implements Run {}

    /** How a data set's samples are made, with scikit-learn's semantics. */
    sealed interface Generator {
        figs.math.data.Dataset make();

        record Circles(int samples, double factor, double noise, long seed) implements Generator {
            public figs.math.data.Dataset make() {
                return figs.math.data.Datasets.circles(samples, factor, noise, seed);
            }
        }

        record Moons(int samples, double noise, long seed) implements Generator {
            public figs.math.data.Dataset make() {
                return figs.math.data.Datasets.moons(samples, noise, seed);
            }
        }
    }

    /** A network trained on the train split of the data set run {@code data}. */
    record Train(String name, String data, TrainingSpec spec) implements Run {}
}
