package figs.math.train;

import figs.math.nn.LayerSpec;
import figs.math.optim.Optimizer;
import java.util.List;

/**
 * Everything that determines a training run: same spec and data, same bits.
 *
 * @param inputs    width of the input layer
 * @param layers    Dense layers from the first hidden one to the output (a single sigmoid unit)
 * @param optimizer the update rule
 * @param epochs    passes over the training split
 * @param batchSize mini-batch size; the training split is shuffled every epoch
 * @param seed      seed of the weight initialisation and of the shuffles
 * @param grid      where the model's predicted probability is recorded after every epoch
 */
public record TrainingSpec(int inputs, List<LayerSpec> layers, Optimizer optimizer, int epochs, int batchSize,
                           long seed, Grid grid) {
    public TrainingSpec {
        layers = List.copyOf(layers);
    }
}
