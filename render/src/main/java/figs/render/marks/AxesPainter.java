package figs.render.marks;

import figs.render.axes.MaxNLocator;
import figs.render.axes.TickLabels;
import figs.render.layout.PlotArea;
import figs.render.text.Fonts;
import figs.render.text.MathText;
import figs.render.text.TextPainter;
import figs.render.text.TextPainter.Align;
import figs.render.text.TextPainter.Baseline;
import figs.render.theme.Theme;
import figs.render.theme.Theme.Side;
import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Composite;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import figs.render.layout.Overhang;
import java.util.List;

/** The frame around a panel's data: face, grid, spines, tick labels, axis labels and title. */
public final class AxesPainter {
    /** Gaps in pixels (= points at 72 dpi): matplotlib's axis label pad and title pad. */
    private static final double LABEL_PAD = 4;
    private static final double TITLE_PAD = 6;

    private final Theme theme;
    private final PlotArea area;
    private final List<Double> xTicks;
    private final List<Double> yTicks;

    public AxesPainter(Theme theme, PlotArea area) {
        this.theme = theme;
        this.area = area;
        Rectangle2D.Double b = area.bounds();
        this.xTicks = MaxNLocator.auto(b.width, theme.tickLabelSize()).ticks(area.x().d0(), area.x().d1());
        this.yTicks = MaxNLocator.auto(b.height, theme.tickLabelSize()).ticks(area.y().d0(), area.y().d1());
    }

    public void paintFace(Graphics2D g) {
        g.setColor(theme.axesFace());
        g.fill(area.bounds());
    }

    /**
     * Grid lines at the ticks, if the theme has a grid, with the given opacity (1 below the data; less
     * where a fill lies over them).
     */
    public void paintGrid(Graphics2D g, double opacity) {
        if (!theme.grid()) return;
        Composite saved = g.getComposite();
        if (opacity < 1) g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, (float) opacity));
        g.setColor(theme.gridColor());
        g.setStroke(new BasicStroke((float) theme.gridWidth(), BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER));
        Rectangle2D.Double b = area.bounds();
        for (double t : xTicks) {
            double x = area.x().pixel(t);
            g.draw(new Line2D.Double(x, b.y, x, b.y + b.height));
        }
        for (double t : yTicks) {
            double y = area.y().pixel(t);
            g.draw(new Line2D.Double(b.x, y, b.x + b.width, y));
        }
        g.setComposite(saved);
    }

    /** The theme's spines, then its tick marks, outwards from the left and bottom edges as matplotlib's defaults. */
    public void paintSpines(Graphics2D g) {
        Rectangle2D.Double b = area.bounds();
        g.setColor(theme.spineColor());
        g.setStroke(new BasicStroke((float) theme.spineWidth(), BasicStroke.CAP_SQUARE, BasicStroke.JOIN_MITER));
        double right = b.x + b.width, bottom = b.y + b.height;
        if (theme.spines().contains(Side.LEFT)) g.draw(new Line2D.Double(b.x, b.y, b.x, bottom));
        if (theme.spines().contains(Side.RIGHT)) g.draw(new Line2D.Double(right, b.y, right, bottom));
        if (theme.spines().contains(Side.BOTTOM)) g.draw(new Line2D.Double(b.x, bottom, right, bottom));
        if (theme.spines().contains(Side.TOP)) g.draw(new Line2D.Double(b.x, b.y, right, b.y));
        if (theme.tickLength() <= 0 || theme.tickWidth() <= 0) return;
        g.setStroke(new BasicStroke((float) theme.tickWidth(), BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER));
        for (double t : xTicks) {
            double x = area.x().pixel(t);
            g.draw(new Line2D.Double(x, bottom, x, bottom + theme.tickLength()));
        }
        for (double t : yTicks) {
            double y = area.y().pixel(t);
            g.draw(new Line2D.Double(b.x - theme.tickLength(), y, b.x, y));
        }
    }

    /**
     * How far {@link #paintLabels} reaches beyond the plot area: the widest y tick label and the y label
     * to the left, the x tick labels and x label below, the title above, and the last x tick label's
     * right half beyond the right edge.
     */
    public Overhang overhang(String xLabel, String yLabel, double labelSize, String title, double titleSize) {
        Font tickFont = Fonts.regular(theme.tickLabelSize());
        double tickHeight = TextPainter.ascent(tickFont) + TextPainter.descent(tickFont);
        double widest = 0;
        for (String t : TickLabels.format(yTicks)) widest = Math.max(widest, TextPainter.width(tickFont, t));
        Font labelFont = Fonts.regular(labelSize);
        double labelHeight = TextPainter.ascent(labelFont) + TextPainter.descent(labelFont);
        double left = theme.tickLabelGap() + widest + (yLabel.isEmpty() ? 0 : LABEL_PAD + labelHeight);
        double bottom = theme.tickLabelGap() + tickHeight + (xLabel.isEmpty() ? 0 : LABEL_PAD + labelHeight);
        Font titleFont = Fonts.regular(titleSize);
        double top = title.isEmpty() ? 0 : TITLE_PAD + TextPainter.ascent(titleFont) + TextPainter.descent(titleFont);
        double right = 0;
        List<String> xText = TickLabels.format(xTicks);
        Rectangle2D.Double b = area.bounds();
        for (int i = 0; i < xTicks.size(); i++) {
            right = Math.max(right, area.x().pixel(xTicks.get(i)) + TextPainter.width(tickFont, xText.get(i)) / 2 - (b.x + b.width));
        }
        // Axis labels longer than their side spill past its ends: the y label (turned upright) above and
        // below the panel, the x label left and right of it.
        double ySpill = Math.max(0, (MathText.width(yLabel, labelSize) - b.height) / 2);
        double xSpill = Math.max(0, (MathText.width(xLabel, labelSize) - b.width) / 2);
        return new Overhang(Math.max(left, xSpill), Math.max(right, xSpill), Math.max(top, ySpill), Math.max(bottom, ySpill));
    }

    public void paintLabels(Graphics2D g, String xLabel, String yLabel, double labelSize, String title, double titleSize,
                            boolean boldTitle) {
        Font tickFont = Fonts.regular(theme.tickLabelSize());
        Rectangle2D.Double b = area.bounds();
        double bottom = b.y + b.height;
        List<String> xText = TickLabels.format(xTicks);
        for (int i = 0; i < xTicks.size(); i++) {
            TextPainter.draw(g, xText.get(i), tickFont, theme.text(), area.x().pixel(xTicks.get(i)), bottom + theme.tickLabelGap(),
                    Align.CENTER, Baseline.TOP);
        }
        List<String> yText = TickLabels.format(yTicks);
        double widest = 0;
        for (int i = 0; i < yTicks.size(); i++) {
            widest = Math.max(widest, TextPainter.width(tickFont, yText.get(i)));
            TextPainter.draw(g, yText.get(i), tickFont, theme.text(), b.x - theme.tickLabelGap(), area.y().pixel(yTicks.get(i)),
                    Align.END, Baseline.MIDDLE);
        }
        double xLabelTop = bottom + theme.tickLabelGap() + TextPainter.ascent(tickFont) + TextPainter.descent(tickFont) + LABEL_PAD;
        MathText.draw(g, xLabel, labelSize, theme.text(), b.getCenterX(), xLabelTop, Align.CENTER, Baseline.TOP, 0);
        double yLabelRight = b.x - theme.tickLabelGap() - widest - LABEL_PAD;
        MathText.draw(g, yLabel, labelSize, theme.text(), yLabelRight, b.getCenterY(), Align.CENTER, Baseline.BOTTOM, 90);
        MathText.draw(g, title, titleSize, boldTitle, theme.text(), b.getCenterX(), b.y - TITLE_PAD, Align.CENTER,
                Baseline.BOTTOM, 0);
    }
}
