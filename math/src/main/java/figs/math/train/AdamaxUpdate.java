package figs.math.train;

import java.util.List;

/**
 * Adamax as Keras applies it (TensorFlow's {@code ApplyAdaMax}), per parameter at step t:
 * m = b1 m + (1 - b1) g;  u = max(b2 u, |g|);  w -= lr / (1 - b1^t) m / (u + eps).
 * Moments start at zero. Plain float arithmetic in a fixed order, so the result is the same everywhere.
 */
final class AdamaxUpdate {
    private final Adamax settings;
    private final List<float[]> parameters;
    private final List<float[]> gradients;
    private final float[][] m;
    private final float[][] u;
    private int step;

    AdamaxUpdate(Adamax settings, List<float[]> parameters, List<float[]> gradients) {
        this.settings = settings;
        this.parameters = List.copyOf(parameters);
        this.gradients = List.copyOf(gradients);
        m = new float[parameters.size()][];
        u = new float[parameters.size()][];
        for (int p = 0; p < parameters.size(); p++) {
            m[p] = new float[parameters.get(p).length];
            u[p] = new float[parameters.get(p).length];
        }
    }

    void apply() {
        step++;
        float b1 = (float) settings.beta1();
        float b2 = (float) settings.beta2();
        float eps = (float) settings.epsilon();
        float rate = (float) (settings.learningRate() / (1 - StrictMath.pow(settings.beta1(), step)));
        for (int p = 0; p < parameters.size(); p++) {
            float[] w = parameters.get(p), g = gradients.get(p), mp = m[p], up = u[p];
            for (int i = 0; i < w.length; i++) {
                mp[i] = b1 * mp[i] + (1f - b1) * g[i];
                up[i] = Math.max(b2 * up[i], Math.abs(g[i]));
                w[i] -= rate * mp[i] / (up[i] + eps);
            }
        }
    }
}
