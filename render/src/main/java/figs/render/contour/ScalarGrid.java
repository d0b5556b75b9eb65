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

    public double value(int i, int j) {
        return values[j * xs.length + i];
    }
}
