package figs.math.expr;

/** Arithmetic on (value, gradient) arrays: the product, quotient and power rules. */
final class Duals {
    private Duals() {}

    /** {@code a = a op b} with derivatives. */
    static void combine(char op, double[] a, double[] b) {
        double u = a[0], v = b[0];
        switch (op) {
            case '+' -> { for (int i = 0; i < a.length; i++) a[i] += b[i]; }
            case '-' -> { for (int i = 0; i < a.length; i++) a[i] -= b[i]; }
            case '*' -> {
                for (int i = 1; i < a.length; i++) a[i] = a[i] * v + u * b[i];
                a[0] = u * v;
            }
            case '/' -> {
                for (int i = 1; i < a.length; i++) a[i] = (a[i] * v - u * b[i]) / (v * v);
                a[0] = u / v;
            }
            case '^' -> power(a, b);
            default -> throw new IllegalStateException("operator " + op);
        }
    }

    /** u^v: an integer constant exponent keeps negative bases valid; otherwise d(u^v) = u^v (v' ln u + v u'/u). */
    private static void power(double[] a, double[] b) {
        double u = a[0], v = b[0];
        boolean constantExponent = true;
        for (int i = 1; i < b.length; i++) constantExponent &= b[i] == 0;
        double value = StrictMath.pow(u, v);
        if (constantExponent) {
            double slope = v == 0 ? 0 : v * StrictMath.pow(u, v - 1);
            for (int i = 1; i < a.length; i++) a[i] *= slope;
        } else {
            double log = StrictMath.log(u);
            for (int i = 1; i < a.length; i++) a[i] = value * (b[i] * log + v * a[i] / u);
        }
        a[0] = value;
    }
}
