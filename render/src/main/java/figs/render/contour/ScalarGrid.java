package figs.render.contour;

/**
 * Values sampled at the nodes of a rectangular lattice.
 *
 * @param xs     node x coordinates, increasing
 * @param ys     node y coordinates, increasing
 * @param values (ys.length, xs.length), row-major, row 0 at ys[0]
 */
public record ScalarGrid(double[] xs, double[] ys, float[] values) {
    public ScalarGrid {
        if (xs.length < 2 || ys.length < 2 || values.length != xs.length * ys.length) {
            throw new IllegalArgumentException("a grid needs at least 2 x 2 nodes and one value per node");
        }
    }

    /** A run's recorded prediction on its grid, as a scalar grid. */
    public static ScalarGrid of(figs.math.train.Grid grid, float[] values) {
        double[] xs = new double[grid.nx()];
        double[] ys = new double[grid.ny()];
        for (int i = 0; i < xs.length; i++) xs[i] = grid.x(i);
        for (int j = 0; j < ys.length; j++) ys[j] = grid.y(j);
        return new ScalarGrid(xs, ys, values);
    }

    public double value(int i, int j) {
        return values[j * xs.length + i];
    }
}
