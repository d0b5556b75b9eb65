package figs.render.layout;

import java.awt.geom.Path2D;
import java.awt.geom.PathIterator;
import java.util.ArrayList;
import java.util.List;

/**
 * What a panel has drawn, in figure pixels, as matplotlib's {@code Legend._auto_legend_data} gathers it
 * for {@code loc='best'}: the vertices of every line and the centre of every scatter point. Marks add
 * their geometry while they paint; the legend reads it afterwards.
 */
public final class Footprint {
    /** Each line's vertices as {x0, y0, x1, y1, ...}. */
    private final List<double[]> lines = new ArrayList<>();
    /** Point centres as {x0, y0, x1, y1, ...}, grown as needed. */
    private double[] points = new double[64];
    private int pointCount;

    public void addLine(Path2D path) {
        double[] xy = new double[64];
        int n = 0;
        double[] coords = new double[6];
        for (PathIterator it = path.getPathIterator(null); !it.isDone(); it.next()) {
            int type = it.currentSegment(coords);
            if (type != PathIterator.SEG_MOVETO && type != PathIterator.SEG_LINETO) continue;
            if (n + 2 > xy.length) xy = java.util.Arrays.copyOf(xy, xy.length * 2);
            xy[n++] = coords[0];
            xy[n++] = coords[1];
        }
        lines.add(java.util.Arrays.copyOf(xy, n));
    }

    public void addPoint(double x, double y) {
        if (2 * pointCount + 2 > points.length) points = java.util.Arrays.copyOf(points, points.length * 2);
        points[2 * pointCount] = x;
        points[2 * pointCount + 1] = y;
        pointCount++;
    }

    List<double[]> lines() {
        return lines;
    }

    int pointCount() {
        return pointCount;
    }

    double pointX(int i) {
        return points[2 * i];
    }

    double pointY(int i) {
        return points[2 * i + 1];
    }
}
