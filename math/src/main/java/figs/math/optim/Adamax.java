package figs.math.optim;

import static figs.math.kernel.Lanes.SCALAR;
import static figs.math.kernel.Lanes.SPECIES;

import jdk.incubator.vector.FloatVector;

/**
 * Adamax (Kingma and Ba 2015, section 7.1) as TensorFlow's {@code ApplyAdaMax}:
 * m = b1 m + (1 - b1) g;  u = max(b2 u, |g|);  w -= lr / (1 - b1^t) m / (u + eps).
 */
public record Adamax(double learningRate, double beta1, double beta2, double epsilon) implements Optimizer {
    public static final Adamax KERAS_DEFAULTS = new Adamax(0.002, 0.9, 0.999, 1e-7);

    public Adamax {
        Checks.moments(learningRate, beta1, beta2, epsilon);
    }

    @Override
    public int slots() {
        return 2;
    }

    @Override
    public void apply(float[] w, float[] g, float[][] slots, int step, int from, int to) {
        float b1 = (float) beta1, b2 = (float) beta2, eps = (float) epsilon;
        float rate = (float) (learningRate / (1 - StrictMath.pow(beta1, step)));
        float[] m = slots[0], u = slots[1];
        int i = from;
        if (!SCALAR) {
            // The same float operations in the same order, lane by lane: the bits of the scalar loop.
            FloatVector vb1 = FloatVector.broadcast(SPECIES, b1), vc1 = FloatVector.broadcast(SPECIES, 1f - b1);
            FloatVector vb2 = FloatVector.broadcast(SPECIES, b2), vrate = FloatVector.broadcast(SPECIES, rate);
            FloatVector veps = FloatVector.broadcast(SPECIES, eps);
            for (int end = from + SPECIES.loopBound(to - from); i < end; i += SPECIES.length()) {
                FloatVector gi = FloatVector.fromArray(SPECIES, g, i);
                FloatVector mi = vb1.mul(FloatVector.fromArray(SPECIES, m, i)).add(vc1.mul(gi));
                FloatVector ui = vb2.mul(FloatVector.fromArray(SPECIES, u, i)).max(gi.abs());
                mi.intoArray(m, i);
                ui.intoArray(u, i);
                FloatVector.fromArray(SPECIES, w, i).sub(vrate.mul(mi).div(ui.add(veps))).intoArray(w, i);
            }
        }
        for (; i < to; i++) {
            m[i] = b1 * m[i] + (1f - b1) * g[i];
            u[i] = Math.max(b2 * u[i], Math.abs(g[i]));
            w[i] -= rate * m[i] / (u[i] + eps);
        }
    }
}
