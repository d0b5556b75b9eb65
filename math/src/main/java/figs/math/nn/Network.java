package figs.math.nn;

import figs.math.random.MersenneTwister;
import java.util.ArrayList;
import java.util.List;

/** A stack of Dense layers ending in one sigmoid unit, trained with binary cross-entropy. */
public final class Network {
    private final int inputs;
    private final List<Dense> layers = new ArrayList<>();
    private final int capacity;

    /** Layers are initialised in order from {@code rng}; {@code capacity} is the most rows one pass takes. */
    public Network(int inputs, List<LayerSpec> specs, int capacity, MersenneTwister rng) {
        this.inputs = inputs;
        this.capacity = capacity;
        int width = inputs;
        for (LayerSpec spec : specs) {
            Dense layer = new Dense(width, spec, capacity);
            layer.initGlorotUniform(rng);
            layers.add(layer);
            width = spec.units();
        }
    }

    public int inputs() {
        return inputs;
    }

    public int capacity() {
        return capacity;
    }

    public List<Dense> layers() {
        return layers;
    }

    /** The sum of every layer's L2 penalty, which Keras adds to the reported loss. */
    public double penalty() {
        double sum = 0;
        for (Dense layer : layers) sum += layer.penalty();
        return sum;
    }

    /** The output for {@code rows} rows of x, (rows, inputs); the result stays valid until the next pass. */
    public float[] forward(float[] x, int rows) {
        float[] in = x;
        for (Dense layer : layers) {
            layer.forward(in, rows);
            in = layer.activations();
        }
        return in;
    }

    /**
     * Gradients of the mean binary cross-entropy after {@link #forward}. With a sigmoid output the
     * gradient at its pre-activation is (p - y) / rows, which is what Keras differentiates (it computes
     * the loss from the logits when the output is a sigmoid).
     */
    public void backward(float[] x, int[] labels, int rows) {
        Dense out = layers.getLast();
        float[] p = out.activations();
        float[] dz = out.outputGradient();
        for (int r = 0; r < rows; r++) dz[r] = (p[r] - labels[r]) / rows;
        for (int l = layers.size() - 1; l >= 0; l--) {
            Dense layer = layers.get(l);
            if (l != layers.size() - 1) layer.backpropActivation(rows);
            float[] input = l == 0 ? x : layers.get(l - 1).activations();
            layer.backward(input, rows, l == 0 ? null : layers.get(l - 1).da);
        }
    }
}
