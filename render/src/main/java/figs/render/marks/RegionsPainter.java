package figs.render.marks;

import figs.math.train.Grid;
import figs.render.contour.ScalarGrid;
import figs.render.contour.SuperlevelSet;
import figs.render.layout.PlotArea;
import figs.render.scene.Figure.Mark.Regions;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;

/**
 * Filled contours of a predicted probability: {@code levels} equal bands over [0, 1], band k coloured
 * by the colormap at its middle, as matplotlib's {@code contourf} colours a band by its mid value.
 *
 * <p>The bands are painted as nested superlevel sets, lowest first, each an exact vector polygon.
 * Nesting leaves no hairline seams between neighbouring bands, which abutting translucent polygons
 * would show once anti-aliased; so each band's translucency is applied by blending its colour over
 * the axes face beforehand, and {@link #throughOpacity()} tells how much of what lies under the fill
 * (the grid) should still show.
 */
public final class RegionsPainter {
    private final Regions mark;
    private final Color face;

    public RegionsPainter(Regions mark, Color face) {
        this.mark = mark;
        this.face = face;
    }

    /** The share of the layers below that a translucent fill lets through. */
    public double throughOpacity() {
        return 1 - mark.alpha();
    }

    public void paint(Graphics2D g, PlotArea area, Grid grid, float[] probabilities) {
        AffineTransform toPixels = area.dataToPixels();
        SuperlevelSet sets = new SuperlevelSet(scalarGrid(grid, probabilities));
        Shape savedClip = g.getClip();
        g.clip(area.bounds());
        g.setColor(bandColor(0));
        g.fill(toPixels.createTransformedShape(new Rectangle2D.Double(grid.x0(), grid.y0(), grid.x1() - grid.x0(),
                grid.y1() - grid.y0())));
        for (int k = 1; k < mark.levels(); k++) {
            g.setColor(bandColor(k));
            g.fill(toPixels.createTransformedShape(sets.above((double) k / mark.levels())));
        }
        g.setClip(savedClip);
    }

    /** Band k's colour, opaque: the colormap at the band's middle, blended over the face with the mark's alpha. */
    Color bandColor(int k) {
        Color c = mark.colormap().color((k + 0.5) / mark.levels(), 1);
        double a = mark.alpha();
        return new Color(blend(c.getRed(), face.getRed(), a), blend(c.getGreen(), face.getGreen(), a),
                blend(c.getBlue(), face.getBlue(), a));
    }

    private static int blend(int over, int under, double alpha) {
        return (int) Math.floor(alpha * over + (1 - alpha) * under + 0.5);
    }

    private static ScalarGrid scalarGrid(Grid grid, float[] values) {
        double[] xs = new double[grid.nx()];
        double[] ys = new double[grid.ny()];
        for (int i = 0; i < xs.length; i++) xs[i] = grid.x(i);
        for (int j = 0; j < ys.length; j++) ys[j] = grid.y(j);
        return new ScalarGrid(xs, ys, values);
    }
}
