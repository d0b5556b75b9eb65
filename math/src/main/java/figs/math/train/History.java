package figs.math.train;

import java.util.List;

/** The recorded states of a training run, one per epoch, in order. */
public record History(Grid grid, List<EpochState> epochs) {
    public History {
        epochs = List.copyOf(epochs);
    }
}
