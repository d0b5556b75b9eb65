package figs.render.scene;

import figs.math.expr.Formula;
import figs.math.optim.Optimizer;
import figs.math.train.Grid;
import figs.math.train.TrainingSpec;

/** A validated run: a data set, a training on one, regression samples, or a descent on a formula. */
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

    /** Regression samples: {@code formula} has the curve's parameters, then x, as its names. */
    record Curve(String name, Formula formula, double[] values, double x0, double x1, int samples, double noise,
                 long seed) implements Run {
        public Curve {
            values = values.clone();
        }

        /** {x, y}. */
        public double[][] make() {
            return figs.math.expr.Curve.sample(formula, values, x0, x1, samples, noise, seed);
        }
    }

    /**
     * A descent on {@code formula} from {@code start}, reading the columns of the curve run {@code data}
     * (null for a formula without data); {@code surface} is where the formula is sampled for drawing, or null.
     */
    record Descent(String name, Formula formula, String data, double[] start, Optimizer optimizer, int steps,
                   Grid surface) implements Run {
        public Descent {
            start = start.clone();
        }
    }
}
