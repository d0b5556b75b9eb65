package figs.output;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Frames that look like the figures figs draws: nested flat contour bands of a decision surface that
 * turns from frame to frame, a grid showing through them, two classes of outlined points, spines, tick
 * labels and a title that counts epochs. No randomness: every position is a closed formula.
 */
public final class ChartFrames {
    /** matplotlib's Spectral at ten evenly spaced band middles. */
    private static final Color[] SPECTRAL = {
        new Color(158, 1, 66), new Color(213, 62, 79), new Color(244, 109, 67), new Color(253, 174, 97),
        new Color(254, 224, 139), new Color(230, 245, 152), new Color(171, 221, 164), new Color(102, 194, 165),
        new Color(50, 136, 189), new Color(94, 79, 162)};
    private static final int POINTS = 200;

    private ChartFrames() {}

    public static List<Frame> sequence(int count, int width, int height) {
        List<Frame> frames = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Drawing d = drawing(i, width, height);
            frames.add(new Frame(i, count, d, Rasterizer.rasterize(d)));
        }
        return frames;
    }

    public static Drawing drawing(int frame, int width, int height) {
        return new Drawing() {
            public int width() { return width; }
            public int height() { return height; }
            public void paint(Graphics2D g) { ChartFrames.paint(g, frame, width, height); }
        };
    }

    private static void paint(Graphics2D g, int frame, int width, int height) {
        double left = 0.125 * width, right = 0.9 * width, top = 0.12 * height, bottom = 0.89 * height;
        double cx = (left + right) / 2, cy = (top + bottom) / 2, span = (right - left) / 2;
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.clip(new java.awt.geom.Rectangle2D.Double(left, top, right - left, bottom - top));
        for (int k = 0; k < SPECTRAL.length; k++) {
            g.setColor(SPECTRAL[k]);
            g.fill(band(cx, cy, span * 1.6 * (1 - k / 10.0), frame, k));
        }
        g.setClip(null);
        g.setStroke(new BasicStroke(1f));
        g.setColor(new Color(255, 255, 255, 128));
        for (int t = 1; t < 8; t++) {
            double x = left + (right - left) * t / 8, y = top + (bottom - top) * t / 8;
            g.draw(new Line2D.Double(x, top, x, bottom));
            g.draw(new Line2D.Double(left, y, right, y));
        }
        points(g, cx, cy, span);
        g.setColor(new Color(204, 204, 204));
        g.setStroke(new BasicStroke(1.25f));
        g.draw(new java.awt.geom.Rectangle2D.Double(left, top, right - left, bottom - top));
        labels(g, frame, left, right, top, bottom);
    }

    /** A closed wavy loop whose lobes turn a little each frame, like a decision boundary while training. */
    private static Path2D.Double band(double cx, double cy, double radius, int frame, int k) {
        Path2D.Double path = new Path2D.Double();
        for (int s = 0; s <= 180; s++) {
            double a = 2 * Math.PI * s / 180;
            double r = radius * (1 + 0.18 * Math.sin(3 * a + 0.07 * frame + 0.3 * k) + 0.08 * Math.cos(5 * a - 0.05 * frame));
            double x = cx + r * Math.cos(a), y = cy + 0.8 * r * Math.sin(a);
            if (s == 0) path.moveTo(x, y);
            else path.lineTo(x, y);
        }
        path.closePath();
        return path;
    }

    private static void points(Graphics2D g, double cx, double cy, double span) {
        g.setStroke(new BasicStroke(0.6f));
        for (int p = 0; p < POINTS; p++) {
            double angle = p * 2.399963; // the golden angle spreads points evenly
            double r = span * (p % 2 == 0 ? 0.35 : 0.8) * (0.85 + 0.15 * Math.sin(p * 1.7));
            Ellipse2D.Double dot = new Ellipse2D.Double(cx + r * Math.cos(angle) - 4, cy + r * Math.sin(angle) - 4, 8, 8);
            g.setColor(p % 2 == 0 ? new Color(213, 62, 79) : new Color(50, 136, 189));
            g.fill(dot);
            g.setColor(Color.WHITE);
            g.draw(dot);
        }
    }

    private static void labels(Graphics2D g, int frame, double left, double right, double top, double bottom) {
        g.setColor(new Color(38, 38, 38));
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 10));
        for (int t = 0; t <= 4; t++) {
            String label = String.format(Locale.ROOT, "%.1f", -1 + t * 0.5);
            g.drawString(label, (float) (left + (right - left) * t / 4 - 8), (float) bottom + 14);
            g.drawString(label, (float) left - 26, (float) (bottom - (bottom - top) * t / 4 + 4));
        }
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 15));
        g.drawString("x\u2081", (float) (left + right) / 2, (float) bottom + 34);
        g.drawString(String.format(Locale.ROOT, "epoch %03d", frame), (float) (left + right) / 2 - 40, (float) top - 10);
    }
}
