package figs.math.nn;

import figs.math.kernel.Gemm;
import figs.math.random.MersenneTwister;

/**
 * A fully connected layer a = f(x W + b) with its gradients. Buffers are allocated once for up to
 * {@code capacity} rows, so training allocates nothing per step.
 */
public final class Dense {
    final int inputs;
    final int units;
    final Activation activation;
    final float l2;
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

    public Dense(int inputs, LayerSpec spec, int capacity) {
        this.inputs = inputs;
        this.units = spec.units();
        this.activation = spec.activation();
        this.l2 = (float) spec.l2();
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
    }

    /** Draws the kernel with the layer's initialiser; the bias stays zero. */
    public void initialise(MersenneTwister rng) {
        init.fill(kernel, inputs, units, rng);
    }

    /** The L2 penalty this layer adds to the loss: l2 * sum(w^2) over its kernel. */
    public double penalty() {
        if (l2 == 0) return 0;
        double sum = 0;
        for (float w : kernel) sum += (double) w * w;
        return l2 * sum;
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

    /** a = f(x W + b) for {@code rows} rows of x, (rows, inputs). */
    public void forward(float[] x, int rows) {
        Gemm.multiply(x, inputs, 1, kernel, bias, z, rows, inputs, units);
        Activations.apply(activation, z, a, rows * units);
    }

    /** dz = da f'(z), from {@link #da} as the next layer (or the loss) left it. */
    public void backpropActivation(int rows) {
        Activations.backward(activation, z, a, da, dz, rows * units);
    }

    /** dz given directly, as the loss does for a sigmoid output ((p - y) / batch). */
    public float[] outputGradient() {
        return dz;
    }

    /** Kernel and bias gradients from dz; then dx = dz Wᵀ into {@code dx} unless it is null (first layer). */
    public void backward(float[] x, int rows, float[] dx) {
        Gemm.multiply(x, 1, inputs, dz, null, kernelGrad, inputs, rows, units);   // Xᵀ dZ: a(m=i, k=r) = x[r, i]
        if (l2 > 0) {
            for (int i = 0; i < kernel.length; i++) kernelGrad[i] += 2f * l2 * kernel[i];   // d(l2 sum w^2)/dw
        }
        for (int u = 0; u < units; u++) biasGrad[u] = 0f;
        for (int r = 0; r < rows; r++) {
            for (int u = 0; u < units; u++) biasGrad[u] += dz[r * units + u];
        }
        if (dx != null) inputGradient(rows, dx);
    }

    /**
     * dx = dz Wᵀ, computed as its transpose dxᵀ = W dzᵀ: the product then reads W as it is stored, and
     * only the two batch-sized matrices are transposed, not the kernel (which for a 256 x 256 layer is
     * eight times larger than dz at batch 32). Every output still adds dz[r, u] W[i, u] for u = 0, 1, ...
     * in order, so the bits are those of dz Wᵀ.
     */
    private void inputGradient(int rows, float[] dx) {
        transpose(dz, rows, units, dzT);
        Gemm.multiply(kernel, units, 1, dzT, null, dxT, inputs, units, rows);
        transpose(dxT, inputs, rows, dx);
    }

    /** to (cols, rows) = from (rows, cols)ᵀ. */
    private static void transpose(float[] from, int rows, int cols, float[] to) {
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) to[c * rows + r] = from[r * cols + c];
        }
    }
}
