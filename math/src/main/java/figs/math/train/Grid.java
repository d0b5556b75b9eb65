package figs.math.train;

/**
 * A rectangular lattice of nx x ny nodes over [x0, x1] x [y0, y1], like numpy's
 * {@code meshgrid(linspace(x0, x1, nx), linspace(y0, y1, ny))}. Node (i, j) is at
 * x = x0 + i (x1 - x0) / (nx - 1), y = y0 + j (y1 - y0) / (ny - 1).
 */
public record Grid(double x0, double x1, double y0, double y1, int nx, int ny) {
    public Grid {
        if (nx < 2 || ny < 2) throw new IllegalArgumentException("a grid needs at least 2 x 2 nodes");
        if (!(x1 > x0) || !(y1 > y0)) throw new IllegalArgumentException("grid bounds must increase");
    }

    public double x(int i) {
        return x0 + i * (x1 - x0) / (nx - 1);
    }

    public double y(int j) {
        return y0 + j * (y1 - y0) / (ny - 1);
    }
}
