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

        /** How many samples it makes, before the split. */
        int samples();

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

    /**
     * A network trained on the train split of the data set run {@code data}; when {@code around} is set,
     * its grid is laid over that data set once it exists (the spec then has none yet).
     */
    record Train(String name, String data, TrainingSpec spec, GridAround around) implements Run {
        public Train(String name, String data, TrainingSpec spec) {
            this(name, data, spec, null);
        }
    }

    /**
     * One training per L2 factor: {@code base} with the L2 of the layers at the 0-based indices {@code layers}
     * replaced by {@code l2[i]}; the other layers keep their own.
     */
    record Sweep(String name, Train base, java.util.List<Double> l2, java.util.List<Integer> layers,
                 java.util.List<String> labels) implements Run {
        public Sweep {
            l2 = java.util.List.copyOf(l2);
            layers = java.util.List.copyOf(layers);
            labels = java.util.List.copyOf(labels);
        }

        /** The i-th training of the sweep. */
        public TrainingSpec item(int i) {
            var s = base.spec();
            java.util.List<figs.math.nn.LayerSpec> layers = new java.util.ArrayList<>(s.layers());
            for (int j : this.layers) {
                var l = layers.get(j);
                layers.set(j, new figs.math.nn.LayerSpec(l.units(), l.activation(), l2.get(i), l.init()));
            }
            return new TrainingSpec(s.inputs(), layers, s.loss(), s.optimizer(), s.epochs(), s.batchSize(), s.seed(), s.grid(),
                    s.kernels(), s.gridEveryEpoch(), s.testEveryEpoch());
        }
    }

    /** A logistic regression (scikit-learn's default, inverse regularisation {@code c}) on a data set's train split. */
    record Logistic(String name, String data, double c, Grid grid, GridAround around) implements Run {}

    /** Grid nodes {@code step} apart over the data set {@code data}'s extent, padded by {@code pad}. */
    record GridAround(String data, double pad, double step) {
        /** numpy's {@code arange(min - pad, max + pad, step)} on both axes of the whole data set. */
        public Grid over(figs.math.data.Dataset... sets) {
            double x0 = Double.POSITIVE_INFINITY, x1 = Double.NEGATIVE_INFINITY, y0 = x0, y1 = x1;
            for (figs.math.data.Dataset set : sets) {
                float[] f = set.features();
                for (int i = 0; i < set.size(); i++) {
                    x0 = Math.min(x0, f[2 * i]);
                    x1 = Math.max(x1, f[2 * i]);
                    y0 = Math.min(y0, f[2 * i + 1]);
                    y1 = Math.max(y1, f[2 * i + 1]);
                }
            }
            x0 -= pad;
            y0 -= pad;
            double nx = Math.ceil((x1 + pad - x0) / step), ny = Math.ceil((y1 + pad - y0) / step);
            // Checked in double before the int cast: a tiny step gives more nodes than an int holds.
            if (!(nx * ny <= Limits.GRID_CELLS.value())) {
                long cells = (long) Math.min(Long.MAX_VALUE, nx * ny);
                throw new LimitExceeded(Limits.GRID_CELLS.message("the grid laid around '" + data + "' with step " + step
                        + " (" + (long) nx + " x " + (long) ny + " nodes)", cells));
            }
            return grid(x0, y0, (int) nx, (int) ny);
        }

        private Grid grid(double x0, double y0, int nx, int ny) {
            return new Grid(x0, x0 + (nx - 1) * step, y0, y0 + (ny - 1) * step, nx, ny);
        }
    }

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
