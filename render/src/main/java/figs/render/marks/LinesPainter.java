package figs.render.marks;

import figs.math.train.History;
import figs.render.frame.Metrics;
import figs.render.layout.Footprint;
import figs.render.layout.PlotArea;
import figs.render.scene.Figure.Mark.Lines;
import figs.render.theme.Theme;
import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Path2D;
import java.util.ArrayList;
import java.util.List;

/**
 * Metrics against the epoch, each series a polyline through the epochs recorded so far, in the
 * theme's colour cycle with round joins as matplotlib draws lines.
 */
public final class LinesPainter {
    private final Lines mark;
    private final Theme theme;

    /** {@code theme} gives the colour cycle. */
    public LinesPainter(Lines mark, Theme theme) {
        this.mark = mark;
        this.theme = theme;
    }

    /** Draws each series up to {@code lastEpochIndex}, recording the lines in {@code drawn}. */
    public void paint(Graphics2D g, PlotArea area, History history, int lastEpochIndex, Footprint drawn) {
        Shape savedClip = g.getClip();
        g.clip(area.bounds());
        g.setStroke(new BasicStroke((float) mark.width(), BasicStroke.CAP_SQUARE, BasicStroke.JOIN_ROUND));
        for (int s = 0; s < mark.series().size(); s++) {
            Path2D.Double line = new Path2D.Double();
            for (int e = 0; e <= lastEpochIndex; e++) {
                double x = area.x().pixel(history.epochs().get(e).epoch());
                double y = area.y().pixel(Metrics.trailingMean(history, mark.series().get(s), e, mark.window()));
                if (e == 0) line.moveTo(x, y); else line.lineTo(x, y);
            }
            g.setColor(theme.cycleColor(s));
            g.draw(line);
            drawn.addLine(line);
        }
        g.setClip(savedClip);
    }

    /** What the legend shows for this mark: label and colour of each series. */
    public List<LegendPainter.Entry> entries() {
        List<LegendPainter.Entry> entries = new ArrayList<>();
        for (int s = 0; s < mark.labels().size(); s++) entries.add(new LegendPainter.Entry(mark.labels().get(s), theme.cycleColor(s), mark.width()));
        return entries;
    }
}
