package figs.math.optim;

import static figs.math.kernel.Lanes.SCALAR;
import static figs.math.kernel.Lanes.SPECIES;
import static figs.math.kernel.Subnormals.flush;
import static figs.math.kernel.Subnormals.leastWithNormalProduct;
import static figs.math.kernel.Subnormals.product;

import jdk.incubator.vector.FloatVector;

/**
 * Adam (Kingma and Ba 2015) as TensorFlow's {@code ApplyAdam}: lr_t = lr sqrt(1 - b2^t) / (1 - b1^t);
 * m = b1 m + (1 - b1) g;  v = b2 v + (1 - b2) g^2;  w -= lr_t m / (sqrt(v) + eps). Subnormal gradients,
 * moments and weights are flushed to zero, as TensorFlow's threads do ({@link figs.math.kernel.Subnormals}).
 */
public record Adam(double learningRate, double beta1, double beta2, double epsilon) implements Optimizer {
    public static final Adam KERAS_DEFAULTS = new Adam(0.001, 0.9, 0.999, 1e-7);

    public Adam {
        Checks.moments(learningRate, beta1, beta2, epsilon);
    }

    @Override
    public int slots() {
        return 2;
    }

    @Override
    public void apply(float[] w, float[] g, float[][] slots, int step, int from, int to) {
        float b1 = (float) beta1, b2 = (float) beta2, eps = (float) epsilon;
        float rate = (float) (learningRate * Math.sqrt(1 - StrictMath.pow(beta2, step)) / (1 - StrictMath.pow(beta1, step)));
        float[] m = slots[0], v = slots[1];
        // lr_t m is made only where it is normal: below, it would be flushed, and making it costs an assist.
        float floor = leastWithNormalProduct(rate);
        int i = from;
        if (!SCALAR) {
            // The same float operations in the same order, lane by lane (a lane's square root is correctly
            // rounded, as Math.sqrt is): the bits of the scalar loop.
            FloatVector vb1 = FloatVector.broadcast(SPECIES, b1), vc1 = FloatVector.broadcast(SPECIES, 1f - b1);
            FloatVector vb2 = FloatVector.broadcast(SPECIES, b2), vc2 = FloatVector.broadcast(SPECIES, 1f - b2);
            FloatVector vrate = FloatVector.broadcast(SPECIES, rate), veps = FloatVector.broadcast(SPECIES, eps);
            FloatVector vfloor = FloatVector.broadcast(SPECIES, floor);
            for (int end = from + SPECIES.loopBound(to - from); i < end; i += SPECIES.length()) {
                FloatVector gi = flush(FloatVector.fromArray(SPECIES, g, i));
                FloatVector mi = flush(vb1.mul(FloatVector.fromArray(SPECIES, m, i)).add(vc1.mul(gi)));
                FloatVector vi = flush(vb2.mul(FloatVector.fromArray(SPECIES, v, i)).add(vc2.mul(gi).mul(gi)));
                mi.intoArray(m, i);
                vi.intoArray(v, i);
                FloatVector moved = product(vrate, mi, vfloor);
                flush(FloatVector.fromArray(SPECIES, w, i).sub(moved.div(vi.sqrt().add(veps)))).intoArray(w, i);
            }
        }
        for (; i < to; i++) {
            float gi = flush(g[i]);
            m[i] = flush(b1 * m[i] + (1f - b1) * gi);
            v[i] = flush(b2 * v[i] + (1f - b2) * gi * gi);
            float moved = product(rate, m[i], floor);
            w[i] = flush(w[i] - moved / ((float) Math.sqrt(v[i]) + eps));
        }
    }
}
