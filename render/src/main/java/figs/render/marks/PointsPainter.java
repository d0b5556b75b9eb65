package figs.render.marks;

import figs.math.data.Dataset;
import figs.render.layout.Footprint;
import figs.render.layout.PlotArea;
import figs.render.scene.Figure.Mark.Points;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;

/**
 * A scatter plot coloured by class, like matplotlib's {@code scatter(x, y, c=labels, s=size, cmap,
 * edgecolors)}: class c gets the colormap at c / (classes - 1); {@code size} is the marker's area in
 * points squared, so its diameter is sqrt(size) points (= pixels at 72 dpi).
 */
public final class PointsPainter {
    private final Points mark;

    public PointsPainter(Points mark) {
        this.mark = mark;
    }

    /**
     * Draws {@code data}, after {@code other} (the other split, or null) faded to the mark's {@code others}
     * opacity, recording every centre in {@code drawn}.
     */
    public void paint(Graphics2D g, PlotArea area, Dataset data, Dataset other, Footprint drawn) {
        if (mark.others() != null && other != null) paint(g, area, other, mark.others(), drawn);
        paint(g, area, data, mark.alpha(), drawn);
    }

    private void paint(Graphics2D g, PlotArea area, Dataset data, double alpha, Footprint drawn) {
        double radius = Math.sqrt(mark.size()) / 2;
        int maxLabel = 0;
        for (int label : data.labels()) maxLabel = Math.max(maxLabel, label);
        Color[] fills = new Color[maxLabel + 1];
        for (int c = 0; c <= maxLabel; c++) fills[c] = mark.colormap().color(maxLabel == 0 ? 0 : (double) c / maxLabel, alpha);
        Color edge = withAlpha(mark.edgeColor(), alpha);
        g.setStroke(new BasicStroke((float) mark.edgeWidth()));
        for (int i = 0; i < data.size(); i++) {
            double x = area.x().pixel(data.feature(i, 0));
            double y = area.y().pixel(data.feature(i, 1));
            drawn.addPoint(x, y);
            Ellipse2D.Double dot = new Ellipse2D.Double(x - radius, y - radius, 2 * radius, 2 * radius);
            g.setColor(fills[data.labels()[i]]);
            g.fill(dot);
            if (mark.edgeWidth() > 0 && edge.getAlpha() > 0) {
                g.setColor(edge);
                g.draw(dot);
            }
        }
    }

    private static Color withAlpha(Color c, double alpha) {
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), (int) Math.floor(c.getAlpha() * alpha + 0.5));
    }
}
