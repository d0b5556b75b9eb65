package figs.math.optim;

import static figs.math.kernel.Lanes.SCALAR;
import static figs.math.kernel.Lanes.SPECIES;
import static figs.math.kernel.Subnormals.flush;
import static figs.math.kernel.Subnormals.leastWithNormalProduct;
import static figs.math.kernel.Subnormals.product;

import jdk.incubator.vector.FloatVector;

/**
 * RMSProp (Tieleman and Hinton 2012) as Keras's uncentred, momentum-free form:
 * a = rho a + (1 - rho) g^2;  w -= lr g / (sqrt(a) + eps). Subnormal gradients, averages and weights are
 * flushed to zero, as TensorFlow's threads do ({@link figs.math.kernel.Subnormals}).
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
    public void apply(float[] w, float[] g, float[][] slots, int step, int from, int to) {
        float r = (float) rho, eps = (float) epsilon, lr = (float) learningRate;
        float[] a = slots[0];
        // lr g is made only where it is normal: below, it would be flushed, and making it costs an assist.
        float floor = leastWithNormalProduct(lr);
        int i = from;
        if (!SCALAR) {
            // The same float operations in the same order, lane by lane: the bits of the scalar loop.
            FloatVector vr = FloatVector.broadcast(SPECIES, r), vc = FloatVector.broadcast(SPECIES, 1f - r);
            FloatVector vlr = FloatVector.broadcast(SPECIES, lr), veps = FloatVector.broadcast(SPECIES, eps);
            FloatVector vfloor = FloatVector.broadcast(SPECIES, floor);
            for (int end = from + SPECIES.loopBound(to - from); i < end; i += SPECIES.length()) {
                FloatVector gi = flush(FloatVector.fromArray(SPECIES, g, i));
                FloatVector ai = flush(vr.mul(FloatVector.fromArray(SPECIES, a, i)).add(vc.mul(gi).mul(gi)));
                ai.intoArray(a, i);
                FloatVector moved = product(vlr, gi, vfloor);
                flush(FloatVector.fromArray(SPECIES, w, i).sub(moved.div(ai.sqrt().add(veps)))).intoArray(w, i);
            }
        }
        for (; i < to; i++) {
            float gi = flush(g[i]);
            a[i] = flush(r * a[i] + (1f - r) * gi * gi);
            float moved = product(lr, gi, floor);
            w[i] = flush(w[i] - moved / ((float) Math.sqrt(a[i]) + eps));
        }
    }
}
