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
    final float[] kernel;      // (inputs, units), row-major
    final float[] bias;        // (units)
    final float[] kernelT;     // (units, inputs): the kernel transposed, for the input gradient
    final float[] kernelGrad;  // (inputs, units)
    final float[] biasGrad;    // (units)
    final float[] z;           // (rows, units): pre-activation
    final float[] a;           // (rows, units): activation, the next layer's input
    final float[] dz;          // (rows, units)
    final float[] da;          // (rows, units): gradient of the loss with respect to a

    public Dense(int inputs, LayerSpec spec, int capacity) {
        this.inputs = inputs;
        this.units = spec.units();
        this.activation = spec.activation();
        this.l2 = (float) spec.l2();
        kernel = new float[inputs * units];
        bias = new float[units];
        kernelT = new float[units * inputs];
        kernelGrad = new float[inputs * units];
        biasGrad = new float[units];
        z = new float[capacity * units];
        a = new float[capacity * units];
        dz = new float[capacity * units];
        da = new float[capacity * units];
    }

    /** Keras's {@code glorot_uniform}: U(-l, l) with l = sqrt(6 / (fan_in + fan_out)), row-major; bias zero. */
    public void initGlorotUniform(MersenneTwister rng) {
        double limit = Math.sqrt(6.0 / (inputs + units));
        for (int i = 0; i < kernel.length; i++) kernel[i] = (float) (limit * (2 * rng.randomSample() - 1));
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
        if (dx != null) {
            transposeKernel();
            Gemm.multiply(dz, units, 1, kernelT, null, dx, rows, units, inputs);
        }
    }

    private void transposeKernel() {
        for (int i = 0; i < inputs; i++) {
            for (int u = 0; u < units; u++) kernelT[u * inputs + i] = kernel[i * units + u];
        }
    }
}
