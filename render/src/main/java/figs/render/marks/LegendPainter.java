package figs.render.marks;

import figs.render.layout.Footprint;
import figs.render.layout.LegendPlacement;
import figs.render.layout.PlotArea;
import figs.render.scene.Figure;
import figs.render.text.Fonts;
import figs.render.text.TextPainter;
import figs.render.theme.Theme;
import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Composite;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.util.List;

/**
 * A legend at a named location of the axes (see {@link LegendPlacement}) with matplotlib's proportions, all in units of its font size:
 * 0.5 from the axes, 0.4 inside the frame, lines 2.0 long, 0.8 before the label, 0.5 between rows;
 * a white frame at 0.8 opacity with rounded corners, and with {@code shadow} matplotlib's grey copy of
 * the frame 2 px right and down behind it (then the frame is opaque, as matplotlib draws it).
 */
public final class LegendPainter {
    /** A legend row: a line sample in the series' colour, then its label. */
    public record Entry(String label, Color color, double lineWidth) {}

    private static final double FRAME_OPACITY = 0.8;
    private static final double SHADOW_OFFSET = 2;
    private static final Color SHADOW = new Color(0, 0, 0, 128);

    private final Theme theme;
    private final Figure.Legend style;

    public LegendPainter(Theme theme, Figure.Legend style) {
        this.theme = theme;
        this.style = style;
    }

    /** {@code drawn}: what the panel's marks drew, which a legend placed "best" keeps clear of. */
    public void paint(Graphics2D g, PlotArea area, List<Entry> entries, Footprint drawn) {
        if (entries.isEmpty()) return;
        double fs = style.size();
        Font font = Fonts.regular(fs);
        double rowHeight = rowHeight(font);
        RoundRectangle2D.Double box = frame(area, style.location(), fs, entries, drawn);
        paintFrame(g, box);
        double x = box.x;
        double rowTop = box.y + 0.4 * fs;
        for (Entry e : entries) {
            double middle = rowTop + rowHeight / 2;
            g.setColor(e.color());
            g.setStroke(new BasicStroke((float) e.lineWidth(), BasicStroke.CAP_SQUARE, BasicStroke.JOIN_ROUND));
            g.draw(new Line2D.Double(x + 0.4 * fs, middle, x + 0.4 * fs + 2.0 * fs, middle));
            TextPainter.draw(g, e.label(), font, theme.text(), x + 0.4 * fs + 2.8 * fs, middle, TextPainter.Align.START,
                    TextPainter.Baseline.MIDDLE);
            rowTop += rowHeight + 0.5 * fs;
        }
    }

    /**
     * Where the legend's frame goes: measured from its text at {@code fs} pixels, at the named location
     * of the axes, or for "best" at the location that covers least of what was drawn.
     */
    static RoundRectangle2D.Double frame(PlotArea area, String location, double fs, List<Entry> entries, Footprint drawn) {
        Font font = Fonts.regular(fs);
        double widest = 0;
        for (Entry e : entries) widest = Math.max(widest, TextPainter.width(font, e.label()));
        double width = 0.4 * fs * 2 + 2.0 * fs + 0.8 * fs + widest;
        double height = 0.4 * fs * 2 + entries.size() * rowHeight(font) + (entries.size() - 1) * 0.5 * fs;
        Rectangle2D.Double axes = area.bounds();
        double pad = 0.5 * fs;
        String at = location.equals(LegendPlacement.BEST) ? LegendPlacement.best(drawn, axes, width, height, pad) : location;
        Rectangle2D.Double box = LegendPlacement.at(at, axes, width, height, pad);
        return new RoundRectangle2D.Double(box.x, box.y, width, height, 0.4 * fs, 0.4 * fs);
    }

    private static double rowHeight(Font font) {
        return TextPainter.ascent(font) + TextPainter.descent(font);
    }

    private void paintFrame(Graphics2D g, RoundRectangle2D.Double frame) {
        Composite saved = g.getComposite();
        if (style.shadow()) {
            g.setColor(SHADOW);
            g.fill(new RoundRectangle2D.Double(frame.x + SHADOW_OFFSET, frame.y + SHADOW_OFFSET, frame.width, frame.height,
                    frame.arcwidth, frame.archeight));
        } else {
            g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, (float) FRAME_OPACITY));
        }
        g.setColor(theme.axesFace());
        g.fill(frame);
        g.setColor(style.edgeColor());
        g.setStroke(new BasicStroke(1f));
        g.draw(frame);
        g.setComposite(saved);
    }
}
