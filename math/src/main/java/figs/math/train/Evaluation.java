package figs.math.train;

import figs.math.data.Dataset;
import figs.math.nn.Network;

/** Scores of a network on a data set, and its prediction on a grid, in chunks of its capacity. */
final class Evaluation {
    private Evaluation() {}

    /** The scores of the network as it is on {@code data}, as Keras's {@code evaluate} reports them. */
    static Scores scores(Network net, Dataset data) {
        RunningScores sum = new RunningScores(net.loss());
        int n = data.size();
        float[] chunk = new float[net.capacity() * data.dims()];
        for (int start = 0; start < n; start += net.capacity()) {
            int rows = Math.min(net.capacity(), n - start);
            System.arraycopy(data.features(), start * data.dims(), chunk, 0, rows * data.dims());
            sum.add(net.forward(chunk, rows), data.labels(), start, rows, 0);
        }
        return sum.mean(net.penalty());
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
