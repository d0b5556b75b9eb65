package figs.math.linear;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import figs.math.data.Dataset;
import figs.math.data.Datasets;
import figs.math.data.Split;
import org.junit.jupiter.api.Test;

class LogisticRegressionTest {
    private static final double SOLVED = 1e-9;

    /**
     * Two points, x = -1 (class 0) and x = 1 (class 1): by symmetry b = 0, and w solves
     * f'(w) = w - 2 / (1 + e^w) = 0, found here independently by bisection.
     */
    @Test
    void symmetricPairMatchesTheOneDimensionalOptimum() {
        Dataset pair = new Dataset(new float[] {-1f, 1f}, new int[] {0, 1}, 1);
        LogisticRegression model = LogisticRegression.fit(pair, 1);
        double lo = 0, hi = 2;
        for (int i = 0; i < 200; i++) {
            double mid = (lo + hi) / 2;
            if (mid - 2 / (1 + Math.exp(mid)) > 0) hi = mid; else lo = mid;
        }
        assertEquals(lo, model.weights()[0], SOLVED);
        assertEquals(0, model.intercept(), SOLVED);
    }

    @Test
    void gradientVanishesAtTheSolution() {
        Dataset moons = Datasets.moons(400, 0.3, 4);
        LogisticRegression model = LogisticRegression.fit(moons, 1);
        double[] theta = {model.weights()[0], model.weights()[1], model.intercept()};
        for (double g : new Objective(moons, 1).gradient(theta)) assertEquals(0, g, 1e-8);
    }

    /** FIGURES.md §3: the originals' logistic regression on these moons scored about 0.83 on train. */
    @Test
    void moonsOfTheBiasVarianceFigureScoreLikeTheOriginal() {
        Split split = Datasets.split(Datasets.moons(2000, 0.4, 100), 0.2, 42);
        double train = LogisticRegression.fit(split.train(), 1).accuracy(split.train());
        assertTrue(train > 0.80 && train < 0.87, "train accuracy " + train);
    }
}
