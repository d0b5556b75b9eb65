package figs.math.train;

/**
 * What is recorded after one epoch, so that the renderer never retrains.
 *
 * @param epoch         1 for the state after the first pass over the data
 * @param probabilities predicted P(class 1) at every grid node, (ny, nx) row-major, row 0 at y0
 */
public record EpochState(int epoch, double trainLoss, double trainAccuracy, double testLoss, double testAccuracy,
                         float[] probabilities) {}
