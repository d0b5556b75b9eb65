package figs.render.three;

import figs.render.contour.ScalarGrid;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Line2D;

/**
 * A height field as lines, like matplotlib's {@code plot_wireframe}: every {@code stride}-th row and
 * column of the grid. Each segment between neighbouring nodes is its own item in the depth order, so
 * paths weave in front of and behind the lines as they should.
 */
public final class WireframePainter {
    private WireframePainter() {}

    public static void add(DepthOrder order, ScalarGrid grid, int stride, Projection3D camera, Color color, double width) {
        BasicStroke stroke = new BasicStroke((float) width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND);
        int nx = grid.xs().length, ny = grid.ys().length;
        for (int j = 0; j < ny; j += lineStep(j, ny, stride)) {
            for (int i = 0; i + 1 < nx; i++) segment(order, grid, camera, i, j, i + 1, j, color, stroke);
        }
        for (int i = 0; i < nx; i += lineStep(i, nx, stride)) {
            for (int j = 0; j + 1 < ny; j++) segment(order, grid, camera, i, j, i, j + 1, color, stroke);
        }
    }

    /** Steps of {@code stride}, and the last row or column always drawn, as matplotlib keeps the edge. */
    private static int lineStep(int at, int nodes, int stride) {
        if (at == nodes - 1) return stride;
        return Math.min(stride, nodes - 1 - at);
    }

    private static void segment(DepthOrder order, ScalarGrid grid, Projection3D camera, int i0, int j0, int i1, int j1,
                                Color color, BasicStroke stroke) {
        double[] a = new double[3], b = new double[3];
        camera.project(grid.xs()[i0], grid.ys()[j0], grid.value(i0, j0), a);
        camera.project(grid.xs()[i1], grid.ys()[j1], grid.value(i1, j1), b);
        Line2D.Double line = new Line2D.Double(a[0], a[1], b[0], b[1]);
        order.add((a[2] + b[2]) / 2, 0, g -> {
            g.setColor(color);
            g.setStroke(stroke);
            g.draw(line);
        });
    }
}
