package figs.math.optim;

import static figs.math.kernel.Lanes.SCALAR;
import static figs.math.kernel.Lanes.SPECIES;
import static figs.math.kernel.Subnormals.flush;
import static figs.math.kernel.Subnormals.leastWithNormalProduct;
import static figs.math.kernel.Subnormals.product;

import jdk.incubator.vector.FloatVector;

/**
 * Adamax (Kingma and Ba 2015, section 7.1) as TensorFlow's {@code ApplyAdaMax}:
 * m = b1 m + (1 - b1) g;  u = max(b2 u, |g|);  w -= lr / (1 - b1^t) m / (u + eps). Subnormal gradients,
 * moments and weights are flushed to zero, as TensorFlow's threads do ({@link figs.math.kernel.Subnormals}).
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
        // rate m is made only where it is normal: below, it would be flushed, and making it costs an assist.
        float floor = leastWithNormalProduct(rate);
        int i = from;
        if (!SCALAR) {
            // The same float operations in the same order, lane by lane: the bits of the scalar loop.
            FloatVector vb1 = FloatVector.broadcast(SPECIES, b1), vc1 = FloatVector.broadcast(SPECIES, 1f - b1);
            FloatVector vb2 = FloatVector.broadcast(SPECIES, b2), vrate = FloatVector.broadcast(SPECIES, rate);
            FloatVector veps = FloatVector.broadcast(SPECIES, eps);
            FloatVector vfloor = FloatVector.broadcast(SPECIES, floor);
            for (int end = from + SPECIES.loopBound(to - from); i < end; i += SPECIES.length()) {
                FloatVector gi = flush(FloatVector.fromArray(SPECIES, g, i));
                FloatVector mi = flush(vb1.mul(FloatVector.fromArray(SPECIES, m, i)).add(vc1.mul(gi)));
                FloatVector ui = flush(vb2.mul(FloatVector.fromArray(SPECIES, u, i)).max(gi.abs()));
                mi.intoArray(m, i);
                ui.intoArray(u, i);
                FloatVector moved = product(vrate, mi, vfloor);
                flush(FloatVector.fromArray(SPECIES, w, i).sub(moved.div(ui.add(veps)))).intoArray(w, i);
            }
        }
        for (; i < to; i++) {
            float gi = flush(g[i]);
            m[i] = flush(b1 * m[i] + (1f - b1) * gi);
            u[i] = flush(Math.max(b2 * u[i], Math.abs(gi)));
            float moved = product(rate, m[i], floor);
            w[i] = flush(w[i] - moved / (u[i] + eps));
        }
    }
}
