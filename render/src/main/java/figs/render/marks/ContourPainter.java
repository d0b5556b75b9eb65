package figs.render.marks;

import figs.math.train.Grid;
import figs.render.contour.IsoLines;
import figs.render.contour.ScalarGrid;
import figs.render.layout.PlotArea;
import figs.render.scene.Figure.Mark.Contour;
import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.Shape;

/** Iso-lines of a predicted probability, stroked as exact vector paths with matplotlib's round joins. */
public final class ContourPainter {
    private final Contour mark;

    public ContourPainter(Contour mark) {
        this.mark = mark;
    }

    public void paint(Graphics2D g, PlotArea area, Grid grid, float[] probabilities) {
        IsoLines lines = new IsoLines(ScalarGrid.of(grid, probabilities));
        Shape savedClip = g.getClip();
        g.clip(area.bounds());
        g.setColor(mark.color());
        g.setStroke(new BasicStroke((float) mark.width(), BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND));
        for (double level : mark.levels()) g.draw(area.dataToPixels().createTransformedShape(lines.at(level)));
        g.setClip(savedClip);
    }
}
