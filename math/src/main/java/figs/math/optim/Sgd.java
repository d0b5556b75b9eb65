package figs.math.optim;

import static figs.math.kernel.Subnormals.flush;

/**
 * Gradient descent as Keras's SGD: without momentum w -= lr g; with momentum mu the velocity
 * v = mu v - lr g moves w by v, or by mu v - lr g with Nesterov's correction. Subnormal gradients,
 * velocities and weights are flushed to zero, as TensorFlow's threads do ({@link figs.math.kernel.Subnormals}).
 */
public record Sgd(double learningRate, double momentum, boolean nesterov) implements Optimizer {
    public static final Sgd KERAS_DEFAULTS = new Sgd(0.01, 0, false);

    public Sgd {
        Checks.rate(learningRate);
        if (!(momentum >= 0 && momentum < 1)) throw new IllegalArgumentException("momentum must be in [0, 1), not " + momentum);
    }

    @Override
    public int slots() {
        return momentum == 0 ? 0 : 1;
    }

    @Override
    public void apply(float[] w, float[] g, float[][] slots, int step, int from, int to) {
        float lr = (float) learningRate, mu = (float) momentum;
        if (momentum == 0) {
            for (int i = from; i < to; i++) w[i] = flush(w[i] - lr * flush(g[i]));
            return;
        }
        float[] v = slots[0];
        for (int i = from; i < to; i++) {
            float gi = flush(g[i]);
            v[i] = flush(mu * v[i] - lr * gi);
            w[i] = flush(w[i] + (nesterov ? mu * v[i] - lr * gi : v[i]));
        }
    }
}
