package figs.math.train;

import figs.math.nn.LayerSpec;
import figs.math.nn.Loss;
import figs.math.optim.Optimizer;
import java.util.List;

/**
 * Everything that determines a training run: same spec and data, same bits.
 *
 * @param inputs    width of the input layer
 * @param layers    Dense layers from the first hidden one to the output (a single unit, a sigmoid for
 *                  binary cross-entropy)
 * @param loss      what the optimizer minimises
 * @param optimizer the update rule
 * @param epochs    passes over the training split
 * @param batchSize mini-batch size; the training split is shuffled every epoch
 * @param seed      seed of the weight initialisation and of the shuffles
 * @param grid      where the model's predicted probability is recorded, or null for nowhere
 * @param gridEveryEpoch true to record the grid after every epoch, false for after the last only (a fine
 *                  grid for a figure of the trained model, which would cost more than training every epoch)
 * @param kernels   0-based indices of the layers whose kernels are copied after every epoch
 * @param testEveryEpoch true to score the test split after every epoch, false for after the last only
 *                  (a forward pass over the test split is some 8 % of an epoch of §3's network, and a
 *                  figure of the trained models reads only the final scores)
 */
public record TrainingSpec(int inputs, List<LayerSpec> layers, Loss loss, Optimizer optimizer, int epochs, int batchSize,
                           long seed, Grid grid, List<Integer> kernels, boolean gridEveryEpoch, boolean testEveryEpoch) {
    public TrainingSpec {
        layers = List.copyOf(layers);
        kernels = List.copyOf(kernels);
        if (inputs <= 0) throw new IllegalArgumentException("inputs must be positive, not " + inputs);
        if (layers.isEmpty()) throw new IllegalArgumentException("a network needs at least one layer");
        if (loss == null) throw new IllegalArgumentException("a training run needs a loss");
        if (optimizer == null) throw new IllegalArgumentException("a training run needs an optimizer");
        if (epochs <= 0) throw new IllegalArgumentException("epochs must be positive, not " + epochs);
        if (batchSize <= 0) throw new IllegalArgumentException("batch size must be positive, not " + batchSize);
        for (int k : kernels) {
            if (k < 0 || k >= layers.size()) {
                throw new IllegalArgumentException("layer " + k + " does not exist: the network has " + layers.size());
            }
        }
    }

    /** A run that records its grid and scores its test split after every epoch. */
    public TrainingSpec(int inputs, List<LayerSpec> layers, Loss loss, Optimizer optimizer, int epochs, int batchSize,
                        long seed, Grid grid, List<Integer> kernels) {
        this(inputs, layers, loss, optimizer, epochs, batchSize, seed, grid, kernels, true, true);
    }

    /** A run on binary cross-entropy. */
    public TrainingSpec(int inputs, List<LayerSpec> layers, Optimizer optimizer, int epochs, int batchSize, long seed,
                        Grid grid, List<Integer> kernels) {
        this(inputs, layers, Loss.BINARY_CROSSENTROPY, optimizer, epochs, batchSize, seed, grid, kernels);
    }

    /** The same run recording its grid as given, after every epoch or after the last only. */
    public TrainingSpec withGrid(Grid where, boolean everyEpoch) {
        return new TrainingSpec(inputs, layers, loss, optimizer, epochs, batchSize, seed, where, kernels, everyEpoch, testEveryEpoch);
    }

    /** The same run scoring its test split after every epoch, or after the last only. */
    public TrainingSpec withTestScores(boolean everyEpoch) {
        return new TrainingSpec(inputs, layers, loss, optimizer, epochs, batchSize, seed, grid, kernels, gridEveryEpoch, everyEpoch);
    }

    /** The same run copying the kernels of the layers at these 0-based indices after every epoch. */
    public TrainingSpec withKernels(List<Integer> layerIndices) {
        return new TrainingSpec(inputs, layers, loss, optimizer, epochs, batchSize, seed, grid, layerIndices, gridEveryEpoch, testEveryEpoch);
    }

    /** Whether the run scores its test split after epoch {@code epoch} (from 1): every epoch, or the last only. */
    public boolean scoresTestAfter(int epoch) {
        return testEveryEpoch || epoch == epochs;
    }

    /** Whether the run records its prediction on the grid after epoch {@code epoch} (from 1). */
    public boolean recordsGridAfter(int epoch) {
        return grid != null && (gridEveryEpoch || epoch == epochs);
    }

    /** Multiply-adds of one row's forward pass: inputs x units, over the layers. */
    public long macsPerRow() {
        return LayerSpec.macsPerRow(inputs, layers);
    }

    /** The same run cut to {@code count} epochs. */
    public TrainingSpec withEpochs(int count) {
        return new TrainingSpec(inputs, layers, loss, optimizer, count, batchSize, seed, grid, kernels, gridEveryEpoch, testEveryEpoch);
    }

    /** A run on binary cross-entropy that records metrics and the prediction on {@code grid}, and no kernels. */
    public TrainingSpec(int inputs, List<LayerSpec> layers, Optimizer optimizer, int epochs, int batchSize, long seed,
                        Grid grid) {
        this(inputs, layers, optimizer, epochs, batchSize, seed, grid, List.of());
    }
}
