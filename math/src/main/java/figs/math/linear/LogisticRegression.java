package figs.math.linear;

import figs.math.data.Dataset;

/**
 * Binary logistic regression as scikit-learn's default {@code LogisticRegression()}: L2 penalty with
 * C = 1 and an unpenalised intercept, minimising C sum_i log(1 + exp(-t_i (w.x_i + b))) + |w|^2 / 2 with
 * t_i = +-1. The problem is strictly convex, so every solver reaches the same optimum; this one takes
 * Newton steps (with step halving while the objective does not fall) until the gradient vanishes,
 * which is "to convergence" where scikit-learn's L-BFGS stops at tol = 1e-4.
 *
 * @param weights   one per feature
 * @param intercept the unpenalised bias
 */
public record LogisticRegression(double[] weights, double intercept) {
    /** Stop when every component of the gradient is this small. */
    private static final double GRADIENT_TOLERANCE = 1e-10;
    private static final int MAX_NEWTON_STEPS = 100;

    public LogisticRegression {
        weights = weights.clone();
    }

    public static LogisticRegression fit(Dataset data, double c) {
        if (!(c > 0 && Double.isFinite(c))) throw new IllegalArgumentException("C must be positive and finite, not " + c);
        Objective objective = new Objective(data, c);
        double[] theta = new double[data.dims() + 1];
        for (int step = 0; step < MAX_NEWTON_STEPS; step++) {
            double[] gradient = objective.gradient(theta);
            if (maxAbs(gradient) < GRADIENT_TOLERANCE) break;
            double[] direction = LinearSystem.solve(objective.hessian(theta), gradient);
            theta = halvingStep(objective, theta, direction);
        }
        double[] w = new double[data.dims()];
        System.arraycopy(theta, 0, w, 0, w.length);
        return new LogisticRegression(w, theta[w.length]);
    }

    /** P(class 1 | x). */
    public double probability(double... x) {
        return Objective.sigmoid(Objective.dot(weights, x) + intercept);
    }

    /** Share of samples whose predicted class (probability above 0.5) is their label. */
    public double accuracy(Dataset data) {
        int correct = 0;
        double[] x = new double[data.dims()];
        for (int i = 0; i < data.size(); i++) {
            for (int d = 0; d < x.length; d++) x[d] = data.feature(i, d);
            if ((probability(x) > 0.5 ? 1 : 0) == data.labels()[i]) correct++;
        }
        return (double) correct / data.size();
    }

    private static double[] halvingStep(Objective objective, double[] theta, double[] direction) {
        double before = objective.value(theta);
        double[] next = theta.clone();
        for (double scale = 1; scale > 1e-12; scale /= 2) {
            for (int k = 0; k < theta.length; k++) next[k] = theta[k] - scale * direction[k];
            if (objective.value(next) <= before) return next;
        }
        return next;
    }

    private static double maxAbs(double[] v) {
        double m = 0;
        for (double x : v) m = Math.max(m, Math.abs(x));
        return m;
    }
}
