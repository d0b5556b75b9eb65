package figs.render.three;

import figs.render.contour.ScalarGrid;
import java.awt.geom.Path2D;

/**
 * A height field z(x, y) cut into cells of {@code stride} x {@code stride} grid steps, as matplotlib's
 * {@code plot_surface} cuts it (rstride = ceil(rows / 50) by default): each cell is one polygon through
 * the nodes on its perimeter, coloured by the mean height of those nodes, ordered by their mean depth.
 * The mesh also answers where a point lies (which cell, the height there, whether the viewer sees that
 * cell's upper side), which is how paths on the surface are ordered against it.
 */
public final class SurfaceMesh {
    /** matplotlib's default {@code rcount} and {@code ccount}. */
    public static final int DEFAULT_CELLS = 50;

    private final ScalarGrid grid;
    private final int strideX;
    private final int strideY;
    private final int cellsX;
    private final int cellsY;
    private final Path2D.Double[] outlines;
    private final double[] depths;
    private final double[] meanHeights;
    private final boolean[] upperSideSeen;

    public SurfaceMesh(ScalarGrid grid, int stride, Projection3D camera) {
        this(grid, stride, stride, camera);
    }

    /** Cells of {@code strideX} grid steps along x and {@code strideY} along y (matplotlib's cstride, rstride). */
    public SurfaceMesh(ScalarGrid grid, int strideX, int strideY, Projection3D camera) {
        this.grid = grid;
        this.strideX = strideX;
        this.strideY = strideY;
        int nx = grid.xs().length, ny = grid.ys().length;
        cellsX = (nx - 2) / strideX + 1;
        cellsY = (ny - 2) / strideY + 1;
        outlines = new Path2D.Double[cellsX * cellsY];
        depths = new double[outlines.length];
        meanHeights = new double[outlines.length];
        upperSideSeen = new boolean[outlines.length];
        for (int cj = 0; cj < cellsY; cj++) {
            for (int ci = 0; ci < cellsX; ci++) build(ci, cj, camera);
        }
    }

    /** The stride matplotlib picks for {@code nodes} grid nodes and at most {@code cells} cells. */
    public static int defaultStride(int nodes, int cells) {
        return Math.max(1, (int) Math.ceil((double) nodes / cells));
    }

    public int cells() {
        return outlines.length;
    }

    /** A cell's extent along x and along y, in data units. */
    public double cellWidth() {
        double[] xs = grid.xs();
        return strideX * (xs[xs.length - 1] - xs[0]) / (xs.length - 1);
    }

    public double cellHeight() {
        double[] ys = grid.ys();
        return strideY * (ys[ys.length - 1] - ys[0]) / (ys.length - 1);
    }

    public Path2D.Double outline(int cell) {
        return outlines[cell];
    }

    public double depth(int cell) {
        return depths[cell];
    }

    public double meanHeight(int cell) {
        return meanHeights[cell];
    }

    /**
     * The depth of the nearest of a cell and its eight neighbours. A stroke is wider than its centre
     * line and spills onto the cells beside it; anchored here, a path on the seen side is drawn over
     * those too, while anything nearer still (a ridge in front) covers it.
     */
    public double nearestAround(int cell) {
        int ci = cell % cellsX, cj = cell / cellsX;
        double nearest = depths[cell];
        for (int j = Math.max(0, cj - 1); j <= Math.min(cellsY - 1, cj + 1); j++) {
            for (int i = Math.max(0, ci - 1); i <= Math.min(cellsX - 1, ci + 1); i++) {
                nearest = Math.min(nearest, depths[j * cellsX + i]);
            }
        }
        return nearest;
    }

    public boolean upperSideSeen(int cell) {
        return upperSideSeen[cell];
    }

    /** The cell over (x, y), or -1 outside the grid. */
    public int cellAt(double x, double y) {
        double[] xs = grid.xs(), ys = grid.ys();
        if (x < xs[0] || x > xs[xs.length - 1] || y < ys[0] || y > ys[ys.length - 1]) return -1;
        int ci = Math.min(cellsX - 1, node(xs, x) / strideX);
        int cj = Math.min(cellsY - 1, node(ys, y) / strideY);
        return cj * cellsX + ci;
    }

    /** The surface's height at (x, y) inside the grid, interpolated bilinearly between nodes. */
    public double heightAt(double x, double y) {
        double[] xs = grid.xs(), ys = grid.ys();
        int i = Math.min(node(xs, x), xs.length - 2), j = Math.min(node(ys, y), ys.length - 2);
        double fx = (x - xs[i]) / (xs[i + 1] - xs[i]), fy = (y - ys[j]) / (ys[j + 1] - ys[j]);
        double low = grid.value(i, j) * (1 - fx) + grid.value(i + 1, j) * fx;
        double high = grid.value(i, j + 1) * (1 - fx) + grid.value(i + 1, j + 1) * fx;
        return low * (1 - fy) + high * fy;
    }

    private void build(int ci, int cj, Projection3D camera) {
        int nx = grid.xs().length, ny = grid.ys().length;
        int i0 = ci * strideX, j0 = cj * strideY;
        int i1 = Math.min(i0 + strideX, nx - 1), j1 = Math.min(j0 + strideY, ny - 1);
        Path2D.Double outline = new Path2D.Double();
        double[] p = new double[3];
        double depthSum = 0, heightSum = 0;
        int count = 0;
        // The perimeter, counter-clockwise from (i0, j0): bottom edge, right, top, left.
        int perimeter = 2 * (i1 - i0) + 2 * (j1 - j0);
        for (int k = 0; k < perimeter; k++) {
            int[] ij = perimeterNode(k, i0, j0, i1, j1);
            double z = grid.value(ij[0], ij[1]);
            camera.project(grid.xs()[ij[0]], grid.ys()[ij[1]], z, p);
            if (k == 0) outline.moveTo(p[0], p[1]);
            else outline.lineTo(p[0], p[1]);
            depthSum += p[2];
            heightSum += z;
            count++;
        }
        outline.closePath();
        int cell = cj * cellsX + ci;
        outlines[cell] = outline;
        depths[cell] = depthSum / count;
        meanHeights[cell] = heightSum / count;
        upperSideSeen[cell] = upperSideSeen(i0, j0, i1, j1, camera);
    }

    /** Node k of the perimeter of [i0, i1] x [j0, j1], walking counter-clockwise. */
    private static int[] perimeterNode(int k, int i0, int j0, int i1, int j1) {
        int w = i1 - i0, h = j1 - j0;
        if (k < w) return new int[] {i0 + k, j0};
        k -= w;
        if (k < h) return new int[] {i1, j0 + k};
        k -= h;
        if (k < w) return new int[] {i1 - k, j1};
        k -= w;
        return new int[] {i0, j1 - k};
    }

    /**
     * Whether the eye is above the cell: the cross product of the cell's diagonals (in the world box,
     * so the box's aspect counts) is its upward normal; the eye sees the upper side when it lies on
     * the side that normal points to.
     */
    private boolean upperSideSeen(int i0, int j0, int i1, int j1, Projection3D camera) {
        double[] a = new double[3], b = new double[3], c = new double[3], d = new double[3];
        camera.toWorld(grid.xs()[i0], grid.ys()[j0], grid.value(i0, j0), a);
        camera.toWorld(grid.xs()[i1], grid.ys()[j1], grid.value(i1, j1), b);
        camera.toWorld(grid.xs()[i1], grid.ys()[j0], grid.value(i1, j0), c);
        camera.toWorld(grid.xs()[i0], grid.ys()[j1], grid.value(i0, j1), d);
        double[] diagonal = {b[0] - a[0], b[1] - a[1], b[2] - a[2]};
        double[] other = {d[0] - c[0], d[1] - c[1], d[2] - c[2]};
        double[] normal = {diagonal[1] * other[2] - diagonal[2] * other[1], diagonal[2] * other[0] - diagonal[0] * other[2],
                diagonal[0] * other[1] - diagonal[1] * other[0]};
        double[] centre = {(a[0] + b[0]) / 2, (a[1] + b[1]) / 2, (a[2] + b[2] + c[2] + d[2]) / 4};
        return camera.facesEye(centre, normal);
    }

    /** The index of the last node at or below v (nodes increase). */
    private static int node(double[] nodes, double v) {
        int lo = 0, hi = nodes.length - 1;
        while (hi - lo > 1) {
            int mid = (lo + hi) >>> 1;
            if (nodes[mid] <= v) lo = mid;
            else hi = mid;
        }
        return lo;
    }
}
