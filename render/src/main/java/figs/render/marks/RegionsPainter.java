package figs.render.marks;

import figs.math.train.Grid;
import figs.render.contour.ContourLevels;
import figs.render.contour.ScalarGrid;
import figs.render.contour.SuperlevelSet;
import figs.render.layout.PlotArea;
import figs.render.scene.Figure.Levels;
import figs.render.scene.Figure.Mark.Regions;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;

/**
 * Filled contours of a predicted probability, band k coloured by the colormap at its middle value
 * (see {@link ContourLevels}), with matplotlib's {@code contourf} rule that band k holds
 * levels[k] < z <= levels[k + 1]; values outside the levels are left unpainted.
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
        double zmin = Double.POSITIVE_INFINITY, zmax = Double.NEGATIVE_INFINITY;
        for (float p : probabilities) {
            zmin = Math.min(zmin, p);
            zmax = Math.max(zmax, p);
        }
        ContourLevels levels = levels(zmin, zmax);
        AffineTransform toPixels = area.dataToPixels();
        SuperlevelSet sets = new SuperlevelSet(ScalarGrid.of(grid, probabilities));
        Rectangle2D.Double domain = new Rectangle2D.Double(grid.x0(), grid.y0(), grid.x1() - grid.x0(), grid.y1() - grid.y0());
        Shape savedClip = g.getClip();
        g.clip(area.bounds());
        double top = levels.level(levels.bands());
        if (zmax > top) g.clip(toPixels.createTransformedShape(without(domain, sets.above(top))));
        for (int k = 0; k < levels.bands(); k++) {
            g.setColor(bandColor(levels, k));
            boolean whole = k == 0 && zmin >= levels.level(0);
            g.fill(toPixels.createTransformedShape(whole ? domain : sets.above(levels.level(k))));
        }
        g.setClip(savedClip);
    }

    ContourLevels levels(double zmin, double zmax) {
        return switch (mark.levels()) {
            case Levels.Auto auto -> ContourLevels.auto(auto.count(), zmin, zmax);
            case Levels.Fixed fixed -> new ContourLevels(fixed.boundaries().stream().mapToDouble(Double::doubleValue).toArray());
        };
    }

    /** The domain with a region taken out, by the even-odd rule (the region lies inside the domain). */
    private static Path2D.Double without(Rectangle2D.Double domain, Path2D.Double region) {
        Path2D.Double path = new Path2D.Double(Path2D.WIND_EVEN_ODD);
        path.append(domain, false);
        path.append(region, false);
        return path;
    }

    /** Band k's colour, opaque: the colormap's colour blended over the face with the mark's alpha. */
    Color bandColor(ContourLevels levels, int k) {
        Color c = mark.colormap().color(levels.colorPosition(k), 1);
        double a = mark.alpha();
        return new Color(blend(c.getRed(), face.getRed(), a), blend(c.getGreen(), face.getGreen(), a),
                blend(c.getBlue(), face.getBlue(), a));
    }

    private static int blend(int over, int under, double alpha) {
        return (int) Math.floor(alpha * over + (1 - alpha) * under + 0.5);
    }
}
