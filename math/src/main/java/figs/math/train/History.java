package figs.math.train;

import java.util.List;

/**
 * The recorded states of a training run, one per epoch, in order, and the trained model's scores on
 * both splits (what Keras's {@code model.evaluate} gives after {@code fit}, for titles such as
 * "train acc: 0.87").
 */
public record History(Grid grid, List<EpochState> epochs, Scores finalTrain, Scores finalTest) {
    public History {
        epochs = List.copyOf(epochs);
    }
}
