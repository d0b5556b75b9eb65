package figs.math.train;

import figs.math.data.Dataset;
import figs.math.nn.Network;

/** Loss and accuracy of a network on a data set, and its prediction on a grid, in chunks of its capacity. */
final class Evaluation {
    /** Keras's {@code epsilon()}: probabilities are clipped to [eps, 1 - eps] before the logarithm. */
    static final double EPSILON = 1e-7;

    private Evaluation() {}

    /** {mean binary cross-entropy plus the L2 penalties, accuracy at threshold 0.5}, as Keras reports them. */
    static double[] lossAndAccuracy(Network net, Dataset data) {
        double loss = 0;
        int correct = 0;
        int n = data.size();
        float[] chunk = new float[net.capacity() * data.dims()];
        for (int start = 0; start < n; start += net.capacity()) {
            int rows = Math.min(net.capacity(), n - start);
            System.arraycopy(data.features(), start * data.dims(), chunk, 0, rows * data.dims());
            float[] p = net.forward(chunk, rows);
            for (int r = 0; r < rows; r++) {
                int y = data.labels()[start + r];
                double q = Math.min(Math.max(p[r], EPSILON), 1 - EPSILON);
                loss -= y == 1 ? StrictMath.log(q + EPSILON) : StrictMath.log(1 - q + EPSILON);
                if ((p[r] > 0.5f ? 1 : 0) == y) correct++;
            }
        }
        return new double[] {loss / n + net.penalty(), (double) correct / n};
    }

    /** P(class 1) at every node, (ny, nx) row-major, row 0 at y0. */
    static float[] onGrid(Network net, Grid grid) {
        int nodes = grid.nx() * grid.ny();
        float[] out = new float[nodes];
        float[] chunk = new float[net.capacity() * 2];
        for (int start = 0; start < nodes; start += net.capacity()) {
            int rows = Math.min(net.capacity(), nodes - start);
            for (int r = 0; r < rows; r++) {
                int node = start + r;
                chunk[2 * r] = (float) grid.x(node % grid.nx());
                chunk[2 * r + 1] = (float) grid.y(node / grid.nx());
            }
            System.arraycopy(net.forward(chunk, rows), 0, out, start, rows);
        }
        return out;
    }
}
