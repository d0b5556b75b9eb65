package figs.math.linear;

import figs.math.data.Dataset;

/**
 * scikit-learn's penalised logistic loss and its derivatives over theta = (w, b):
 * f = C sum_i log(1 + exp(-t_i z_i)) + |w|^2 / 2, z_i = w.x_i + b, t_i = 2 y_i - 1.
 */
final class Objective {
    private final Dataset data;
    private final double c;
    private final int dims;

    Objective(Dataset data, double c) {
        this.data = data;
        this.c = c;
        this.dims = data.dims();
    }

    double value(double[] theta) {
        double loss = 0;
        for (int i = 0; i < data.size(); i++) loss += softplus(-sign(i) * z(theta, i));
        double penalty = 0;
        for (int d = 0; d < dims; d++) penalty += theta[d] * theta[d];
        return c * loss + penalty / 2;
    }

    /** df/dtheta = C sum_i (p_i - y_i) (x_i, 1) + (w, 0). */
    double[] gradient(double[] theta) {
        double[] g = new double[dims + 1];
        for (int i = 0; i < data.size(); i++) {
            double r = c * (sigmoid(z(theta, i)) - data.labels()[i]);
            for (int d = 0; d < dims; d++) g[d] += r * data.feature(i, d);
            g[dims] += r;
        }
        for (int d = 0; d < dims; d++) g[d] += theta[d];
        return g;
    }

    /** d2f/dtheta2 = C sum_i p_i (1 - p_i) (x_i, 1)(x_i, 1)^T + diag(1, ..., 1, 0). */
    double[][] hessian(double[] theta) {
        int n = dims + 1;
        double[][] h = new double[n][n];
        double[] x = new double[n];
        x[dims] = 1;
        for (int i = 0; i < data.size(); i++) {
            double p = sigmoid(z(theta, i));
            double weight = c * p * (1 - p);
            for (int d = 0; d < dims; d++) x[d] = data.feature(i, d);
            for (int a = 0; a < n; a++) for (int b = 0; b < n; b++) h[a][b] += weight * x[a] * x[b];
        }
        for (int d = 0; d < dims; d++) h[d][d] += 1;
        return h;
    }

    private double z(double[] theta, int i) {
        double z = theta[dims];
        for (int d = 0; d < dims; d++) z += theta[d] * data.feature(i, d);
        return z;
    }

    private int sign(int i) {
        return 2 * data.labels()[i] - 1;
    }

    /** log(1 + e^x) without overflow, from StrictMath so that every machine agrees. */
    static double softplus(double x) {
        return x > 0 ? x + StrictMath.log1p(StrictMath.exp(-x)) : StrictMath.log1p(StrictMath.exp(x));
    }

    static double sigmoid(double z) {
        if (z >= 0) return 1 / (1 + StrictMath.exp(-z));
        double e = StrictMath.exp(z);
        return e / (1 + e);
    }

    static double dot(double[] a, double[] b) {
        if (a.length != b.length) throw new IllegalArgumentException("expected " + a.length + " features, got " + b.length);
        double s = 0;
        for (int i = 0; i < a.length; i++) s += a[i] * b[i];
        return s;
    }
}
