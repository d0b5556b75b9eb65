package figs.render.text;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.font.FontRenderContext;
import java.awt.font.LineMetrics;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.util.List;

/**
 * Draws a line of text anchored at a point, measured with the same unhinted metrics for SVG and
 * raster so that both place it identically.
 */
public final class TextPainter {
    /** Anti-aliased, fractional metrics: the context every measurement uses. */
    public static final FontRenderContext METRICS = new FontRenderContext(null, true, true);

    public enum Align {
        START(0), CENTER(0.5), END(1);

        private final double fraction;

        Align(double fraction) {
            this.fraction = fraction;
        }
    }

    /** Vertical anchor: the top of the ascent, the middle of the ascent (matplotlib's center_baseline), the baseline. */
    public enum Baseline {
        TOP, MIDDLE, BASELINE, BOTTOM
    }

    private TextPainter() {}

    public static double width(Font font, String text) {
        return font.getStringBounds(text, METRICS).getWidth();
    }

    public static double ascent(Font font) {
        return font.getLineMetrics("Xg", METRICS).getAscent();
    }

    public static double descent(Font font) {
        return font.getLineMetrics("Xg", METRICS).getDescent();
    }

    public static void draw(Graphics2D g, String text, Font font, Color color, double x, double y, Align align,
                            Baseline baseline) {
        draw(g, text, font, color, x, y, align, baseline, 0);
    }

    /** Draws {@code text} rotated by {@code degrees} counter-clockwise about its anchor (x, y). */
    public static void draw(Graphics2D g, String text, Font font, Color color, double x, double y, Align align,
                            Baseline baseline, double degrees) {
        if (text.isEmpty()) return;
        drawPieces(g, List.of(new MathText.Piece(text, font, 0)), font, color, x, y, align, baseline, degrees);
    }

    /**
     * Draws pieces of text side by side, the whole line anchored at (x, y) by {@code align} and by
     * {@code baseline} measured on {@code reference}, rotated {@code degrees} counter-clockwise.
     */
    static void drawPieces(Graphics2D g, List<MathText.Piece> pieces, Font reference, Color color, double x, double y,
                           Align align, Baseline baseline, double degrees) {
        LineMetrics metrics = reference.getLineMetrics("Xg", METRICS);
        double total = 0;
        for (MathText.Piece p : pieces) total += width(p.font(), p.text());
        double dx = -align.fraction * total;
        double dy = switch (baseline) {
            case TOP -> metrics.getAscent();
            case MIDDLE -> metrics.getAscent() / 2;
            case BASELINE -> 0;
            case BOTTOM -> -metrics.getDescent();
        };
        AffineTransform saved = g.getTransform();
        g.translate(x, y);
        if (degrees != 0) g.rotate(Math.toRadians(-degrees));
        g.setColor(color);
        boolean recording = TextBoxes.recording(g);
        Rectangle2D ink = null;
        StringBuilder text = new StringBuilder();
        for (MathText.Piece p : pieces) {
            g.setFont(p.font());
            g.drawString(p.text(), (float) dx, (float) (dy + p.drop()));
            if (recording) {
                Rectangle2D bounds = p.font().createGlyphVector(METRICS, p.text()).getVisualBounds();
                bounds.setRect(bounds.getX() + dx, bounds.getY() + dy + p.drop(), bounds.getWidth(), bounds.getHeight());
                if (ink == null) ink = bounds; else ink.add(bounds);
                text.append(p.text());
            }
            dx += width(p.font(), p.text());
        }
        if (ink != null) TextBoxes.add(g, text.toString(), g.getTransform().createTransformedShape(ink));
        g.setTransform(saved);
    }
}
