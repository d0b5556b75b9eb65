package figs.render.three;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;

/**
 * Adds a 3-D polyline and markers to the depth order. Over a surface, a path is cut into pieces no
 * longer than half a cell, and each piece is anchored to the cell it lies over: drawn just after that
 * cell and its neighbours when it is on the side of the surface the viewer sees (on or above the upper
 * side seen from above, on or below the lower side seen from below), just before the cell otherwise. Cells nearer the eye
 * are drawn later still, so a ridge in front of the path hides it and the path in front of a valley
 * covers it, frame after frame as the camera turns. matplotlib orders whole artists instead and cannot
 * do this (its issues #20429 and #22165). Paths and markers are clipped to the axes' box, as
 * matplotlib's {@code axlim_clip} does, so a path that leaves the limits does not run across the page.
 */
public final class PathPainter {
    /** A piece closer to the surface than this share of its height range counts as lying on it. */
    private static final double ON_SURFACE = 0.02;

    private final Projection3D camera;
    private final SurfaceMesh surface;   // null when the axes has none
    private final double tolerance;

    public PathPainter(Projection3D camera, SurfaceMesh surface) {
        this.camera = camera;
        this.surface = surface;
        this.tolerance = surface == null ? 0 : ON_SURFACE * camera.limits().span(2);
    }

    /** The polyline through points (x[k], y[k], z[k]) for k < count, {@code width} px wide. */
    public void addPath(DepthOrder order, double[] x, double[] y, double[] z, int count, Color color, double width) {
        BasicStroke stroke = new BasicStroke((float) width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
        double[] a = new double[3], b = new double[3];
        for (int k = 0; k + 1 < count; k++) {
            double[] kept = camera.limits().clip(new double[] {x[k], y[k], z[k]}, new double[] {x[k + 1], y[k + 1], z[k + 1]});
            if (kept == null) continue;
            int pieces = piecesFor(x[k], y[k], x[k + 1], y[k + 1]);
            for (int p = 0; p < pieces; p++) {
                double t0 = Math.max(kept[0], (double) p / pieces), t1 = Math.min(kept[1], (double) (p + 1) / pieces);
                if (t1 <= t0) continue;
                double xa = lerp(x[k], x[k + 1], t0), ya = lerp(y[k], y[k + 1], t0), za = lerp(z[k], z[k + 1], t0);
                double xb = lerp(x[k], x[k + 1], t1), yb = lerp(y[k], y[k + 1], t1), zb = lerp(z[k], z[k + 1], t1);
                camera.project(xa, ya, za, a);
                camera.project(xb, yb, zb, b);
                Line2D.Double line = new Line2D.Double(a[0], a[1], b[0], b[1]);
                place(order, (xa + xb) / 2, (ya + yb) / 2, (za + zb) / 2, (a[2] + b[2]) / 2, g -> {
                    g.setColor(color);
                    g.setStroke(stroke);
                    g.draw(line);
                });
            }
        }
    }

    /** A filled circle of {@code diameter} px at (x, y, z) with an edge. */
    public void addMarker(DepthOrder order, double x, double y, double z, double diameter, Color fill, Color edge,
                          double edgeWidth) {
        if (!camera.limits().contains(x, y, z)) return;
        double[] p = new double[3];
        camera.project(x, y, z, p);
        Ellipse2D.Double dot = new Ellipse2D.Double(p[0] - diameter / 2, p[1] - diameter / 2, diameter, diameter);
        BasicStroke stroke = new BasicStroke((float) edgeWidth);
        place(order, x, y, z, p[2], g -> {
            g.setColor(fill);
            g.fill(dot);
            if (edgeWidth > 0) {
                g.setColor(edge);
                g.setStroke(stroke);
                g.draw(dot);
            }
        });
    }

    private void place(DepthOrder order, double x, double y, double z, double ownDepth, DepthOrder.Item item) {
        int cell = surface == null ? -1 : surface.cellAt(x, y);
        if (cell < 0) {
            order.add(ownDepth, 0, item);
            return;
        }
        double gap = z - surface.heightAt(x, y);
        boolean seenSide = Math.abs(gap) <= tolerance || (gap > 0) == surface.upperSideSeen(cell);
        if (seenSide) order.add(surface.nearestAround(cell), 1, item);
        else order.add(surface.depth(cell), -1, item);
    }

    /** Enough pieces that none spans more than half a cell of the surface. */
    private int piecesFor(double x0, double y0, double x1, double y1) {
        if (surface == null) return 1;
        double cells = Math.max(Math.abs(x1 - x0) / surface.cellWidth(), Math.abs(y1 - y0) / surface.cellHeight());
        return Math.max(1, (int) Math.ceil(2 * cells));
    }

    private static double lerp(double a, double b, double t) {
        return a + (b - a) * t;
    }
}
