package figs.math.nn;

import figs.math.random.MersenneTwister;
import java.util.ArrayList;
import java.util.List;

/** A stack of Dense layers ending in one output unit, trained on one of the {@link Loss}es. */
public final class Network {
    private final int inputs;
    private final Loss loss;
    private final List<Dense> layers = new ArrayList<>();
    private final int capacity;

    /** A network trained with binary cross-entropy. */
    public Network(int inputs, List<LayerSpec> specs, int capacity, MersenneTwister rng) {
        this(inputs, specs, Loss.BINARY_CROSSENTROPY, capacity, rng);
    }

    /** Layers are initialised in order from {@code rng}; {@code capacity} is the most rows one pass takes. */
    public Network(int inputs, List<LayerSpec> specs, Loss loss, int capacity, MersenneTwister rng) {
        if (specs.getLast().units() != 1) {
            throw new IllegalArgumentException("the output layer must be one unit, not " + specs.getLast().units());
        }
        if (loss == Loss.BINARY_CROSSENTROPY && specs.getLast().activation() != Activation.SIGMOID) {
            throw new IllegalArgumentException("binary cross-entropy needs a sigmoid output, not "
                    + specs.getLast().activation());
        }
        this.inputs = inputs;
        this.loss = loss;
        this.capacity = capacity;
        int width = inputs;
        for (LayerSpec spec : specs) {
            Dense layer = new Dense(width, spec, capacity);
            layer.initialise(rng);
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

    public Loss loss() {
        return loss;
    }

    /**
     * Gradients of the mean loss (plus the L2 penalties) after {@link #forward}. Binary cross-entropy on
     * a sigmoid output gives (p - y) / rows at the output's pre-activation, which is what Keras
     * differentiates (it computes the loss from the logits when the output is a sigmoid); the squared
     * error gives 2 (p - y) / rows at the output, taken back through its activation.
     */
    public void backward(float[] x, int[] labels, int rows) {
        Dense out = layers.getLast();
        float[] p = out.activations();
        if (loss == Loss.BINARY_CROSSENTROPY) {
            float[] dz = out.outputGradient();
            for (int r = 0; r < rows; r++) dz[r] = (p[r] - labels[r]) / rows;
        } else {
            for (int r = 0; r < rows; r++) out.da[r] = 2 * (p[r] - labels[r]) / rows;
            out.backpropActivation(rows);
        }
        for (int l = layers.size() - 1; l >= 0; l--) {
            Dense layer = layers.get(l);
            if (l != layers.size() - 1) layer.backpropActivation(rows);
            float[] input = l == 0 ? x : layers.get(l - 1).activations();
            layer.backward(input, rows, l == 0 ? null : layers.get(l - 1).da);
        }
    }
}
