package figs.math.nn;

import figs.math.kernel.Threads;
import figs.math.optim.Optimizer;
import figs.math.optim.Update;
import figs.math.random.MersenneTwister;
import java.util.ArrayList;
import java.util.List;

/** A stack of Dense layers ending in one output unit, trained on one of the {@link Loss}es. */
public final class Network {
    private final int inputs;
    private final Loss loss;
    private final List<Dense> layers = new ArrayList<>();
    private final int capacity;
    /** Multiply-adds of one row's forward pass, a measure of the work a pass is worth sharing. */
    private final long macsPerRow;
    private final Piece[] pieces;
    /** Kernel rows per {@link Piece}: a multiple of the product's 4-row tiles. */
    private static final int PIECE_ROWS = 16;

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
        macsPerRow = LayerSpec.macsPerRow(inputs, specs);
        pieces = pieces(layers);
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
        Threads.forRows(rows, rows * macsPerRow, (from, to) -> forward(x, from, to));
        return layers.getLast().activations();
    }

    /**
     * Every layer for rows [from, to): rows are independent all the way through, so a block of rows
     * goes through the whole stack on one thread, with one hand-off per pass instead of one per layer.
     */
    private void forward(float[] x, int from, int to) {
        float[] in = x;
        boolean relu = false;
        for (Dense layer : layers) {
            layer.forward(in, from, to, relu);
            in = layer.activations();
            relu = layer.activation == Activation.RELU;
        }
    }

    public Loss loss() {
        return loss;
    }

    /**
     * Gradients of the mean loss (plus the L2 penalties) after {@link #forward}, left in every layer's
     * {@link Dense#gradients()}.
     */
    public void backward(float[] x, int[] labels, int rows) {
        Threads.forRows(rows, rows * macsPerRow, (from, to) -> backpropagate(labels, rows, from, to));
        weightGradients(x, rows, null);
    }

    /**
     * One optimizer step on a batch: forward, backward and the update, in two hand-offs to the kernel
     * threads. Rows first: each block of rows goes forward and back through the stack (the input
     * gradients dz Wᵀ, like the forward pass, keep rows apart). Then kernel rows: each block of a
     * kernel's rows gets its gradient Xᵀ dZ, which needs every row of the batch, and is moved by
     * {@code update} at once, while it is in the cache. The weights move only after every input gradient
     * has used them, so the result is the plain forward, backward, update of Keras, to the bit.
     * {@code update} must come from {@link #update}. Returns the output before the step.
     */
    public float[] step(float[] x, int[] labels, int rows, Update update) {
        Threads.forRows(rows, 2 * rows * macsPerRow, (from, to) -> {
            forward(x, from, to);
            backpropagate(labels, rows, from, to);
        });
        update.begin();
        weightGradients(x, rows, update);
        return layers.getLast().activations();
    }

    /** An optimizer bound to every layer's kernel and bias, in the order {@link #step} expects. */
    public Update update(Optimizer rule) {
        List<float[]> parameters = new ArrayList<>();
        List<float[]> gradients = new ArrayList<>();
        for (Dense layer : layers) {
            parameters.addAll(List.of(layer.parameters()));
            gradients.addAll(List.of(layer.gradients()));
        }
        return new Update(rule, parameters, gradients);
    }

    /**
     * dz of every layer for rows [from, to) of a pass of {@code rows}: binary cross-entropy on a sigmoid
     * output gives (p - y) / rows at the output's pre-activation, which is what Keras differentiates (it
     * computes the loss from the logits when the output is a sigmoid); the squared error gives
     * 2 (p - y) / rows at the output, taken back through its activation.
     */
    private void backpropagate(int[] labels, int rows, int from, int to) {
        Dense out = layers.getLast();
        float[] p = out.activations();
        if (loss == Loss.BINARY_CROSSENTROPY) {
            float[] dz = out.outputGradient();
            for (int r = from; r < to; r++) dz[r] = (p[r] - labels[r]) / rows;
        } else {
            for (int r = from; r < to; r++) out.da[r] = 2 * (p[r] - labels[r]) / rows;
            out.backpropActivation(from, to);
        }
        out.panelGradient(rows, from, to);
        for (int l = layers.size() - 1; l > 0; l--) {
            Dense below = layers.get(l - 1);
            // A ReLU below takes dz = 0 wherever its a is 0, whatever da: da is needed only for the
            // units that are positive in some row of the block (a quarter or more of the wide
            // layers' units are off for a whole batch).
            layers.get(l).inputGradient(rows, from, to, below.da, below.activation == Activation.RELU ? below.a : null);
            layers.get(l - 1).backpropActivation(from, to);
            layers.get(l - 1).panelGradient(rows, from, to);
        }
    }

    /** Kernel and bias gradients of every layer, in blocks of kernel rows, each moved by {@code update} if given. */
    private void weightGradients(float[] x, int rows, Update update) {
        Threads.forItems(pieces.length, rows * macsPerRow, k -> {
            Piece piece = pieces[k];
            Dense layer = layers.get(piece.layer);
            if (piece.from < 0) {
                layer.biasGradient(rows);
                if (update != null) update.apply(2 * piece.layer + 1, 0, layer.units);
            } else {
                layer.kernelGradient(piece.layer == 0 ? x : layers.get(piece.layer - 1).activations(), rows, piece.from,
                        piece.to, piece.layer > 0 && layers.get(piece.layer - 1).activation == Activation.RELU);
                if (update != null) update.apply(2 * piece.layer, piece.from * layer.units, piece.to * layer.units);
            }
        });
    }

    /**
     * A block of one layer's kernel rows [from, to), or its bias when {@code from} is -1: the unit of
     * work of the weight gradients. Blocks of {@link #PIECE_ROWS} rows keep a piece's gradient, kernel
     * and optimizer state (at most 64 KB for a 256-wide layer) in the L1 and L2 caches.
     */
    private record Piece(int layer, int from, int to) {}

    /**
     * The pieces in as many shares as there are kernel threads, each share holding a slice of the rows
     * of every layer. {@link Threads#forItems} starts thread t at share t, so every step a core
     * computes the gradients and moves the weights and optimizer state of the same slices, which stay in
     * its own L2 cache.
     */
    private static Piece[] pieces(List<Dense> layers) {
        int shares = Threads.count();
        List<Piece> out = new ArrayList<>();
        for (int t = 0; t < shares; t++) {
            for (int l = 0; l < layers.size(); l++) {
                int inputs = layers.get(l).inputs;
                int from = inputs * t / shares / 4 * 4, to = t == shares - 1 ? inputs : inputs * (t + 1) / shares / 4 * 4;
                for (int i = from; i < to; i += PIECE_ROWS) out.add(new Piece(l, i, Math.min(to, i + PIECE_ROWS)));
                if (l % shares == t) out.add(new Piece(l, -1, -1));
            }
        }
        return out.toArray(Piece[]::new);
    }
}
