package figs.render.marks;

import figs.render.layout.Footprint;
import figs.render.layout.PlotArea;
import figs.render.scene.Figure.Mark.Function;
import figs.render.theme.Theme;
import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Path2D;
import java.util.ArrayList;
import java.util.List;

/**
 * A formula of one variable drawn as a polyline through evenly spaced samples, as its value and/or its
 * derivative; the derivative comes exactly from the formula (forward-mode), not by differencing.
 */
public final class FunctionPainter {
    private final Function mark;
    private final Theme theme;

    /** {@code theme} gives the colour cycle. */
    public FunctionPainter(Function mark, Theme theme) {
        this.mark = mark;
        this.theme = theme;
    }

    /**
     * {@code firstColour}: how many series the panel has drawn before, so colours continue the theme's
     * cycle; the curves are recorded in {@code drawn}.
     */
    public void paint(Graphics2D g, PlotArea area, int firstColour, Footprint drawn) {
        Shape savedClip = g.getClip();
        g.clip(area.bounds());
        g.setStroke(new BasicStroke((float) mark.width(), BasicStroke.CAP_SQUARE, BasicStroke.JOIN_ROUND));
        for (int s = 0; s < mark.derivative().size(); s++) {
            double[][] curve = samples(mark, mark.derivative().get(s));
            Path2D.Double line = new Path2D.Double();
            for (int i = 0; i < curve[0].length; i++) {
                double x = area.x().pixel(curve[0][i]), y = area.y().pixel(curve[1][i]);
                if (i == 0) line.moveTo(x, y); else line.lineTo(x, y);
            }
            g.setColor(theme.cycleColor(firstColour + s));
            g.draw(line);
            drawn.addLine(line);
        }
        g.setClip(savedClip);
    }

    public List<LegendPainter.Entry> entries(int firstColour) {
        List<LegendPainter.Entry> entries = new ArrayList<>();
        for (int s = 0; s < mark.labels().size(); s++) {
            entries.add(new LegendPainter.Entry(mark.labels().get(s), theme.cycleColor(firstColour + s), mark.width()));
        }
        return entries;
    }

    /** {xs, values} of the formula (or of its derivative) at the mark's samples. */
    public static double[][] samples(Function mark, boolean derivative) {
        double[] xs = new double[mark.samples()];
        double[] ys = new double[mark.samples()];
        for (int i = 0; i < xs.length; i++) {
            xs[i] = mark.from() + (mark.to() - mark.from()) * i / (xs.length - 1);
            double[] vg = mark.formula().valueAndGradient(xs[i]);
            ys[i] = derivative ? vg[1] : vg[0];
        }
        return new double[][] {xs, ys};
    }
}
