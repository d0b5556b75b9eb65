package figs.math.train;

/**
 * What is recorded after one epoch, so that the renderer never retrains. The metrics are those of
 * Keras's {@code History}: the training ones are running means over the epoch's batches, each batch
 * scored by the forward pass that trained it (weights still moving, the L2 penalty of the moment
 * included in the loss); the test ones ({@code val_loss}, {@code val_accuracy}) are evaluated with the
 * weights at the end of the epoch, and are NaN when the run scores the test split after its last epoch only.
 *
 * @param epoch         1 for the state after the first pass over the data
 * @param probabilities predicted P(class 1) at every grid node, (ny, nx) row-major, row 0 at y0; empty
 *                      when the run records no grid, or records it after the last epoch only and this is not it
 * @param kernels       copies of the kernels the run asked for, by layer index, each (inputs, units) row-major
 */
public record EpochState(int epoch, double trainLoss, double trainAccuracy, double testLoss, double testAccuracy,
                         float[] probabilities, java.util.Map<Integer, float[]> kernels) {
    public EpochState {
        // Sorted by layer, not Map.copyOf: its iteration order is salted per JVM, and a digest or a
        // writer that walks the map must see the same order on every run.
        kernels = java.util.Collections.unmodifiableSortedMap(new java.util.TreeMap<>(kernels));
    }

    /** The test scores recorded with this epoch. */
    public Scores test() {
        return new Scores(testLoss, testAccuracy);
    }
}
