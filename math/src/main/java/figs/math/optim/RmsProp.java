package figs.math.optim;

/**
 * RMSProp (Tieleman and Hinton 2012) as Keras's uncentred, momentum-free form:
 * a = rho a + (1 - rho) g^2;  w -= lr g / (sqrt(a) + eps).
 */
public record RmsProp(double learningRate, double rho, double epsilon) implements Optimizer {
    public static final RmsProp KERAS_DEFAULTS = new RmsProp(0.001, 0.9, 1e-7);

    public RmsProp {
        Checks.rate(learningRate);
        Checks.unitInterval("rho", rho);
        Checks.positive("epsilon", epsilon);
    }

    @Override
    public int slots() {
        return 1;
    }

    @Override
    public void apply(float[] w, float[] g, float[][] slots, int step) {
        float r = (float) rho, eps = (float) epsilon, lr = (float) learningRate;
        float[] a = slots[0];
        for (int i = 0; i < w.length; i++) {
            a[i] = r * a[i] + (1f - r) * g[i] * g[i];
            w[i] -= lr * g[i] / ((float) Math.sqrt(a[i]) + eps);
        }
    }
}
