package figs.math.nn;

import static figs.math.kernel.Lanes.SCALAR;
import static figs.math.kernel.Lanes.SPECIES;

import figs.math.kernel.Gemm;
import figs.math.kernel.SquareSum;
import figs.math.kernel.Subnormals;
import figs.math.random.MersenneTwister;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;

/**
 * A fully connected layer a = f(x W + b) with its gradients. Buffers are allocated once for up to
 * {@code capacity} rows, so training allocates nothing per step.
 */
public final class Dense {
    final int inputs;
    final int units;
    final Activation activation;
    final float l2;
    /** The least |w| whose penalty gradient (2 l2) w is a normal float; below it the term is flushed to +0. */
    private final float penaltyFloor;
    final Init init;
    final float[] kernel;      // (inputs, units), row-major
    final float[] bias;        // (units)
    final float[] kernelGrad;  // (inputs, units)
    final float[] biasGrad;    // (units)
    final float[] z;           // (rows, units): pre-activation
    final float[] a;           // (rows, units): activation, the next layer's input
    final float[] dz;          // (rows, units)
    final float[] da;          // (rows, units): gradient of the loss with respect to a
    final float[] dzT;         // (units, rows): dz transposed, for the input gradient
    final float[] dxT;         // (inputs, rows): the input gradient transposed, as the product leaves it
    final float[] dzPanels;    // dz laid out for the product's tiles (Gemm.panels), read by every kernel-gradient piece

    public Dense(int inputs, LayerSpec spec, int capacity) {
        this.inputs = inputs;
        this.units = spec.units();
        this.activation = spec.activation();
        this.l2 = (float) spec.l2();
        this.penaltyFloor = l2 > 0 ? Subnormals.leastWithNormalProduct(2f * l2) : Float.POSITIVE_INFINITY;
        this.init = spec.init();
        kernel = new float[inputs * units];
        bias = new float[units];
        kernelGrad = new float[inputs * units];
        biasGrad = new float[units];
        z = new float[capacity * units];
        a = new float[capacity * units];
        dz = new float[capacity * units];
        da = new float[capacity * units];
        dzT = new float[units * capacity];
        dxT = new float[inputs * capacity];
        dzPanels = new float[Gemm.panelsSize(capacity, units)];
    }

    /** Draws the kernel with the layer's initialiser; the bias stays zero. */
    public void initialise(MersenneTwister rng) {
        init.fill(kernel, inputs, units, rng);
    }

    /** The L2 penalty this layer adds to the loss: l2 * sum(w^2) over its kernel. */
    public double penalty() {
        if (l2 == 0) return 0;
        // The trainer takes this every batch for the reported loss; summed in eight running sums (one
        // would wait on every addition), widened and squared lane by lane.
        return l2 * SquareSum.of(kernel);
    }

    /** The trainable arrays, kernel then bias; {@link #gradients()} holds their gradients in the same order. */
    public float[][] parameters() {
        return new float[][] {kernel, bias};
    }

    public float[][] gradients() {
        return new float[][] {kernelGrad, biasGrad};
    }

    public float[] activations() {
        return a;
    }

    /** a = f(x W + b) for rows [from, to) of x, (rows, inputs), on the calling thread. */
    void forward(float[] x, int from, int to, boolean reluInput) {
        if (reluInput && (activation == Activation.RELU || activation == Activation.SIGMOID)) {
            // An input that is +0 in every row of the block adds only (+0 w) terms, which leave every
            // sum as it is, except that a sum that is exactly zero may differ in the sign of its zero. Both
            // give a = ReLU(z) = +0 and f'(z) = 0, and sigmoid(+-0) = 0.5 (its own derivative comes from
            // a), so the results are the same bits without those terms (for finite weights).
            int[] active = ACTIVE.get();
            if (active.length < inputs) ACTIVE.set(active = new int[inputs]);
            int count = positive(x, inputs, from, to, 0, inputs, active);
            Gemm.blockOver(x, inputs, active, count, kernel, bias, z, from, to, units);
        } else {
            Gemm.block(x, inputs, 1, kernel, bias, z, from, to, inputs, units, 0, units);
        }
        Activations.apply(activation, z, a, from * units, to * units);
    }

    /** dz = da f'(z) for rows [from, to), from {@link #da} as the next layer (or the loss) left it. */
    void backpropActivation(int from, int to) {
        Activations.backward(activation, z, a, da, dz, from * units, to * units);
    }

    /**
     * Rows [from, to) of dz, once final, into {@link #dzPanels} for a pass of {@code rows} rows: every
     * piece of the kernel gradient reads all of dz, and would otherwise lay it out again for itself.
     */
    void panelGradient(int rows, int from, int to) {
        Gemm.panels(dz, dzPanels, rows, units, from, to);
    }

    /** dz given directly, as the loss does for a sigmoid output ((p - y) / batch). */
    public float[] outputGradient() {
        return dz;
    }

    /**
     * Rows [from, to) of dx = dz Wᵀ, for a pass of {@code rows} rows, computed as its transpose
     * dxᵀ = W dzᵀ: the product then reads W as it is stored, and only the two batch-sized matrices are
     * transposed, not the kernel (which for a 256 x 256 layer is eight times larger than dz at batch 32).
     * Every output still adds dz[r, u] W[i, u] for u = 0, 1, ... in order, so the bits are those of dz Wᵀ,
     * and rows of dx depend on the same rows of dz only. With {@code gate}, the activations of a ReLU layer
     * below, only the rows of dxᵀ for units positive in some row of the block are computed: the others
     * are left stale in dx, and the ReLU's dz = 0 there never reads them.
     */
    void inputGradient(int rows, int from, int to, float[] dx, float[] gate) {
        for (int r = from; r < to; r++) {
            for (int u = 0; u < units; u++) dzT[u * rows + r] = dz[r * units + u];
        }
        if (gate == null) {
            Gemm.block(kernel, units, 1, dzT, null, dxT, 0, inputs, units, rows, from, to);
        } else {
            int[] active = ACTIVE.get();
            if (active.length < inputs) ACTIVE.set(active = new int[inputs]);
            int count = positive(gate, inputs, from, to, 0, inputs, active);
            Gemm.rows(kernel, units, active, count, dzT, dxT, units, rows, from, to);
        }
        for (int r = from; r < to; r++) {
            for (int i = 0; i < inputs; i++) dx[r * inputs + i] = Subnormals.flush(dxT[i * rows + r]);
        }
    }

    /**
     * The columns c in [colFrom, colTo) of x, (rows, width) row-major, with x[r, c] > 0 in some row r of
     * [rowFrom, rowTo), into {@code out} in ascending order; returns how many. Vectorised over
     * columns (a strided scalar scan of every column cost about as much as the products it saved).
     */
    static int positive(float[] x, int width, int rowFrom, int rowTo, int colFrom, int colTo, int[] out) {
        int count = 0, c = colFrom;
        if (!SCALAR) {
            for (int end = colFrom + SPECIES.loopBound(colTo - colFrom); c < end; c += SPECIES.length()) {
                VectorMask<Float> on = SPECIES.maskAll(false);
                for (int r = rowFrom; r < rowTo; r++) {
                    on = on.or(FloatVector.fromArray(SPECIES, x, r * width + c).compare(VectorOperators.GT, 0f));
                }
                for (long bits = on.toLong(); bits != 0; bits &= bits - 1) out[count++] = c + Long.numberOfTrailingZeros(bits);
            }
        }
        for (; c < colTo; c++) {
            boolean on = false;
            for (int r = rowFrom; r < rowTo; r++) on |= x[r * width + c] > 0f;
            if (on) out[count++] = c;
        }
        return count;
    }

    /** Each thread's list of the input units that {@link #inputGradient} computes. */
    private static final ThreadLocal<int[]> ACTIVE = ThreadLocal.withInitial(() -> new int[0]);

    /**
     * Rows [from, to) of the kernel gradient Xᵀ dZ over a pass of {@code rows} rows, plus the L2 term
     * 2 l2 w (the derivative of l2 sum w^2). Each needs every row of the pass, and no other kernel row.
     */
    void kernelGradient(float[] x, int rows, int from, int to, boolean relu) {
        if (!relu) {
            Gemm.block(x, 1, inputs, dz, dzPanels, null, kernelGrad, from, to, rows, units, 0, units);   // a(m=i, k=r) = x[r, i]
        } else {
            // x from a ReLU is +0 or positive. Where an input is +0 in every row, each of its row's sums
            // is +0 + (+0 dz) + (+0 dz) + ... = +0 exactly (for finite dz): no product needed.
            int[] active = ACTIVE.get();
            if (active.length < inputs) ACTIVE.set(active = new int[inputs]);
            int count = positive(x, inputs, 0, rows, from, to, active);
            for (int j = 0, i = from; i < to; i++) {
                if (j < count && active[j] == i) {
                    j++;
                } else {
                    java.util.Arrays.fill(kernelGrad, i * units, (i + 1) * units, 0f);
                }
            }
            Gemm.rows(x, 1, inputs, active, count, dz, dzPanels, kernelGrad, rows, units);
        }
        if (l2 > 0) {
            // (2 l2) w only where it is normal, so that no subnormal product is made (as a flush-to-zero
            // processor would flush it): the weights of a unit that L2 is switching off pass through that
            // range, thousands of them a step in FIGURES.md §5's sweep.
            // Lane by lane where vectors serve, with the same operations as the scalar loop: the same bits.
            float twiceL2 = 2f * l2;
            int i = from * units, end = to * units;
            if (!SCALAR) {
                FloatVector factor = FloatVector.broadcast(SPECIES, twiceL2), floor = FloatVector.broadcast(SPECIES, penaltyFloor);
                for (int bound = i + SPECIES.loopBound(end - i); i < bound; i += SPECIES.length()) {
                    FloatVector term = Subnormals.product(factor, FloatVector.fromArray(SPECIES, kernel, i), floor);
                    Subnormals.flush(FloatVector.fromArray(SPECIES, kernelGrad, i).add(term)).intoArray(kernelGrad, i);
                }
            }
            for (; i < end; i++) kernelGrad[i] = Subnormals.flush(kernelGrad[i] + Subnormals.product(twiceL2, kernel[i], penaltyFloor));
        }
    }

    /** The bias gradient: dz summed over the pass's rows, in row order. */
    void biasGradient(int rows) {
        for (int u = 0; u < units; u++) biasGrad[u] = 0f;
        for (int r = 0; r < rows; r++) {
            for (int u = 0; u < units; u++) biasGrad[u] += dz[r * units + u];
        }
    }
}
