package figs.render.contour;

import java.awt.geom.Path2D;
import java.util.Arrays;

/**
 * The iso-lines of a grid at one level, as matplotlib's {@code contour} draws them (marching squares):
 * open polylines from border to border, and closed loops. Cells are classified by {@code value > level}
 * and saddles are resolved by the mean of the four corners, exactly as {@link SuperlevelSet} does, so a
 * contour drawn over filled regions at the same level runs along their edge.
 */
public final class IsoLines {
    private final ScalarGrid grid;
    private final int nx;
    private final int ny;

    public IsoLines(ScalarGrid grid) {
        this.grid = grid;
        this.nx = grid.xs().length;
        this.ny = grid.ys().length;
    }

    /** The lines where the grid's linear interpolant equals {@code level}, in data coordinates. */
    public Path2D.Double at(double level) {
        int[][] links = new int[2][hEdges() + nx * (ny - 1)];
        for (int[] l : links) Arrays.fill(l, -1);
        for (int j = 0; j < ny - 1; j++) {
            for (int i = 0; i < nx - 1; i++) addCell(i, j, level, links);
        }
        return trace(links, level);
    }

    private void addCell(int i, int j, double level, int[][] links) {
        double a = grid.value(i, j), b = grid.value(i + 1, j), c = grid.value(i + 1, j + 1), d = grid.value(i, j + 1);
        int code = (a > level ? 1 : 0) | (b > level ? 2 : 0) | (c > level ? 4 : 0) | (d > level ? 8 : 0);
        int bottom = hEdge(i, j), top = hEdge(i, j + 1), left = vEdge(i, j), right = vEdge(i + 1, j);
        boolean centreAbove = (a + b + c + d) / 4 > level;
        switch (code) {
            case 0, 15 -> { }
            case 1, 14 -> link(links, left, bottom);
            case 2, 13 -> link(links, bottom, right);
            case 4, 11 -> link(links, right, top);
            case 8, 7 -> link(links, top, left);
            case 3, 12 -> link(links, left, right);
            case 6, 9 -> link(links, bottom, top);
            // Corners a and c above: joined through the centre when it is above too, else cut apart.
            case 5 -> saddle(centreAbove, links, left, bottom, right, top);
            case 10 -> saddle(!centreAbove, links, left, bottom, right, top);
            default -> throw new AssertionError(code);
        }
    }

    private static void saddle(boolean joinAC, int[][] links, int left, int bottom, int right, int top) {
        if (joinAC) {
            link(links, bottom, right);
            link(links, top, left);
        } else {
            link(links, left, bottom);
            link(links, right, top);
        }
    }

    private static void link(int[][] links, int e, int f) {
        links[links[0][e] < 0 ? 0 : 1][e] = f;
        links[links[0][f] < 0 ? 0 : 1][f] = e;
    }

    /** Open lines first, from their ends on the border (edges with one neighbour), then the closed loops. */
    private Path2D.Double trace(int[][] links, double level) {
        Path2D.Double path = new Path2D.Double();
        boolean[] visited = new boolean[links[0].length];
        for (int e = 0; e < visited.length; e++) {
            if (!visited[e] && links[0][e] >= 0 && links[1][e] < 0) walk(e, links, visited, level, path, false);
        }
        for (int e = 0; e < visited.length; e++) {
            if (!visited[e] && links[0][e] >= 0) walk(e, links, visited, level, path, true);
        }
        return path;
    }

    private void walk(int start, int[][] links, boolean[] visited, double level, Path2D.Double path, boolean loop) {
        int previous = -1, edge = start;
        moveOrLine(path, edge, level, true);
        while (true) {
            visited[edge] = true;
            int next = links[0][edge] != previous ? links[0][edge] : links[1][edge];
            if (next < 0 || next == start) break;
            previous = edge;
            edge = next;
            moveOrLine(path, edge, level, false);
        }
        if (loop) path.closePath();
    }

    private void moveOrLine(Path2D.Double path, int edge, double level, boolean move) {
        int pi, pj, qi, qj;
        if (edge < hEdges()) {
            pi = edge % (nx - 1);
            pj = edge / (nx - 1);
            qi = pi + 1;
            qj = pj;
        } else {
            pi = (edge - hEdges()) % nx;
            pj = (edge - hEdges()) / nx;
            qi = pi;
            qj = pj + 1;
        }
        double vp = grid.value(pi, pj), vq = grid.value(qi, qj);
        double t = (level - vp) / (vq - vp);
        double x = grid.xs()[pi] + t * (grid.xs()[qi] - grid.xs()[pi]);
        double y = grid.ys()[pj] + t * (grid.ys()[qj] - grid.ys()[pj]);
        if (move) path.moveTo(x, y); else path.lineTo(x, y);
    }

    private int hEdges() {
        return (nx - 1) * ny;
    }

    private int hEdge(int i, int j) {
        return j * (nx - 1) + i;
    }

    private int vEdge(int i, int j) {
        return hEdges() + j * nx + i;
    }
}
