package figs.render.contour;

import java.awt.geom.Path2D;

/**
 * The region where a grid's values exceed a level, as closed polygons (marching squares).
 *
 * <p>The grid is padded with a ring of nodes valued below every level and placed exactly on the
 * border nodes, so every iso-line closes into a loop and the region's outline runs along the domain
 * border where the values there are above the level. Filled with the even-odd rule, the loops give
 * the region exactly, holes included; since the region for a higher level lies inside the one for a
 * lower level, stacking them from low to high paints filled contours without seams.
 *
 * <p>Crossings are interpolated linearly along cell edges. A saddle cell (diagonal corners above) is
 * resolved by the mean of its four corners, as in matplotlib's contour generator: if the centre is
 * above, the two above corners are joined through the cell.
 */
public final class SuperlevelSet {
    private final int nx;
    private final int ny;
    private final double[] xs;
    private final double[] ys;
    private final double[] v;

    /** Pads {@code grid} once; the instance then traces any number of levels. */
    public SuperlevelSet(ScalarGrid grid) {
        int gx = grid.xs().length;
        int gy = grid.ys().length;
        nx = gx + 2;
        ny = gy + 2;
        xs = padded(grid.xs());
        ys = padded(grid.ys());
        v = new double[nx * ny];
        java.util.Arrays.fill(v, Double.NEGATIVE_INFINITY);
        for (int j = 0; j < gy; j++) {
            for (int i = 0; i < gx; i++) v[(j + 1) * nx + i + 1] = grid.value(i, j);
        }
    }

    /** The region {@code value > level} as loops in data coordinates, to be filled with the even-odd rule. */
    public Path2D.Double above(double level) {
        Segments segments = new Segments(hEdges() + vEdges());
        for (int j = 0; j < ny - 1; j++) {
            for (int i = 0; i < nx - 1; i++) addCell(i, j, level, segments);
        }
        return trace(segments, level);
    }

    private void addCell(int i, int j, double level, Segments out) {
        int a = node(i, j), b = node(i + 1, j), c = node(i + 1, j + 1), d = node(i, j + 1);
        int code = (v[a] > level ? 1 : 0) | (v[b] > level ? 2 : 0) | (v[c] > level ? 4 : 0) | (v[d] > level ? 8 : 0);
        if (code == 0 || code == 15) return;
        int bottom = hEdge(i, j), top = hEdge(i, j + 1), left = vEdge(i, j), right = vEdge(i + 1, j);
        switch (code) {
            case 1, 14 -> out.add(left, bottom);
            case 2, 13 -> out.add(bottom, right);
            case 4, 11 -> out.add(right, top);
            case 8, 7 -> out.add(top, left);
            case 3, 12 -> out.add(left, right);
            case 6, 9 -> out.add(bottom, top);
            case 5 -> saddle(centreAbove(a, b, c, d, level), out, left, bottom, right, top);
            case 10 -> saddle(!centreAbove(a, b, c, d, level), out, left, bottom, right, top);
            default -> throw new AssertionError(code);
        }
    }

    /**
     * Corners a and c above (or b and d, with {@code joinAC} negated by the caller). When a and c
     * are joined through the centre, the cuts isolate b and d; otherwise they isolate a and c.
     */
    private static void saddle(boolean joinAC, Segments out, int left, int bottom, int right, int top) {
        if (joinAC) {
            out.add(bottom, right);
            out.add(top, left);
        } else {
            out.add(left, bottom);
            out.add(right, top);
        }
    }

    private boolean centreAbove(int a, int b, int c, int d, double level) {
        return (v[a] + v[b] + v[c] + v[d]) / 4 > level;
    }

    private Path2D.Double trace(Segments segments, double level) {
        Path2D.Double path = new Path2D.Double(Path2D.WIND_EVEN_ODD);
        boolean[] visited = new boolean[segments.size()];
        for (int start = 0; start < segments.size(); start++) {
            if (visited[start] || !segments.used(start)) continue;
            int previous = -1;
            int edge = start;
            moveOrLine(path, edge, level, true);
            while (true) {
                visited[edge] = true;
                int next = segments.other(edge, previous);
                previous = edge;
                edge = next;
                if (edge == start) break;
                moveOrLine(path, edge, level, false);
            }
            path.closePath();
        }
        return path;
    }

    private void moveOrLine(Path2D.Double path, int edge, double level, boolean move) {
        int p, q;
        if (edge < hEdges()) {
            int i = edge % (nx - 1), j = edge / (nx - 1);
            p = node(i, j);
            q = node(i + 1, j);
        } else {
            int e = edge - hEdges();
            int i = e % nx, j = e / nx;
            p = node(i, j);
            q = node(i, j + 1);
        }
        double t = crossing(v[p], v[q], level);
        double x = xs[p % nx] + t * (xs[q % nx] - xs[p % nx]);
        double y = ys[p / nx] + t * (ys[q / nx] - ys[p / nx]);
        if (move) path.moveTo(x, y); else path.lineTo(x, y);
    }

    /** Where along p..q the linear interpolant meets the level; 0 when q is the padding (-infinity). */
    private static double crossing(double vp, double vq, double level) {
        if (Double.isInfinite(vp)) return 1;
        if (Double.isInfinite(vq)) return 0;
        return (level - vp) / (vq - vp);
    }

    private int node(int i, int j) {
        return j * nx + i;
    }

    private int hEdges() {
        return (nx - 1) * ny;
    }

    private int vEdges() {
        return nx * (ny - 1);
    }

    private int hEdge(int i, int j) {
        return j * (nx - 1) + i;
    }

    private int vEdge(int i, int j) {
        return hEdges() + j * nx + i;
    }

    private static double[] padded(double[] coords) {
        double[] out = new double[coords.length + 2];
        System.arraycopy(coords, 0, out, 1, coords.length);
        out[0] = coords[0];
        out[out.length - 1] = coords[coords.length - 1];
        return out;
    }

    /** Each crossed edge joins exactly two cells, so it has exactly two neighbours along the iso-line. */
    private static final class Segments {
        private final int[] first;
        private final int[] second;

        Segments(int edges) {
            first = new int[edges];
            second = new int[edges];
            java.util.Arrays.fill(first, -1);
            java.util.Arrays.fill(second, -1);
        }

        void add(int e, int f) {
            link(e, f);
            link(f, e);
        }

        private void link(int from, int to) {
            if (first[from] < 0) first[from] = to; else second[from] = to;
        }

        boolean used(int edge) {
            return first[edge] >= 0;
        }

        int other(int edge, int previous) {
            return first[edge] != previous ? first[edge] : second[edge];
        }

        int size() {
            return first.length;
        }
    }
}
