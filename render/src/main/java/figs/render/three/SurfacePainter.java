package figs.render.three;

import figs.render.color.Colormap;
import java.awt.BasicStroke;
import java.awt.Color;

/**
 * Adds a surface's cells to the depth order, coloured like matplotlib's {@code plot_surface(cmap=...)}:
 * each cell's mean height, normalised between the lowest and highest cell means, picks the colour; no
 * shading (matplotlib turns it off with a colormap). The edge is stroked in the face colour, 1 px,
 * like matplotlib's default {@code edgecolor='face'} with a 1 pt line at 72 dpi, which also closes the
 * hairline gaps anti-aliasing leaves between neighbouring cells.
 */
public final class SurfacePainter {
    private static final BasicStroke EDGE = new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND);

    private SurfacePainter() {}

    public static void add(DepthOrder order, SurfaceMesh mesh, Colormap colormap, double alpha) {
        double low = Double.POSITIVE_INFINITY, high = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < mesh.cells(); c++) {
            low = Math.min(low, mesh.meanHeight(c));
            high = Math.max(high, mesh.meanHeight(c));
        }
        double range = high > low ? high - low : 1;
        for (int c = 0; c < mesh.cells(); c++) {
            Color color = colormap.color((mesh.meanHeight(c) - low) / range, alpha);
            var outline = mesh.outline(c);
            order.add(mesh.depth(c), 0, g -> {
                g.setColor(color);
                g.fill(outline);
                g.setStroke(EDGE);
                g.draw(outline);
            });
        }
    }
}
