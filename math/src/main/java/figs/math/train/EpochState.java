package figs.math.train;

/**
 * What is recorded after one epoch, so that the renderer never retrains.
 *
 * @param epoch         1 for the state after the first pass over the data
 * @param probabilities predicted P(class 1) at every grid node, (ny, nx) row-major, row 0 at y0; empty
 *                      when the run records no grid
 * @param kernels       copies of the kernels the run asked for, by layer index, each (inputs, units) row-major
 */
public record EpochState(int epoch, double trainLoss, double trainAccuracy, double testLoss, double testAccuracy,
                         float[] probabilities, java.util.Map<Integer, float[]> kernels) {
    public EpochState {
        kernels = java.util.Map.copyOf(kernels);
    }
}
