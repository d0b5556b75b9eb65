package figs.output;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.util.ArrayList;
import java.util.List;

/** Chart-like synthetic frames: flat fills, a moving disc with anti-aliased edges, thin lines and text. */
public final class TestFrames {
    private TestFrames() {}

    public static List<Frame> sequence(int count, int width, int height, boolean gradient) {
        List<Frame> frames = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Drawing d = drawing(i, width, height, gradient);
            frames.add(new Frame(i, count, d, Rasterizer.rasterize(d)));
        }
        return frames;
    }

    static Drawing drawing(int i, int width, int height, boolean gradient) {
        return new Drawing() {
            public int width() { return width; }
            public int height() { return height; }
            public void paint(Graphics2D g) {
                g.setColor(Color.WHITE);
                g.fillRect(0, 0, width, height);
                if (gradient) g.setPaint(new GradientPaint(0, 0, new Color(158, 1, 66), width, height, new Color(94, 79, 162)));
                else g.setColor(new Color(253, 174, 97));
                g.fillRect(width / 8, height / 8, width * 3 / 4, height * 3 / 4);
                g.setColor(new Color(50, 136, 189));
                g.fill(new Ellipse2D.Double(width / 4.0 + i * 3, height / 3.0, width / 3.0, height / 3.0));
                g.setColor(Color.DARK_GRAY);
                g.setStroke(new BasicStroke(1f));
                for (int x = width / 8; x < width * 7 / 8; x += width / 10) g.drawLine(x, height / 8, x, height * 7 / 8);
                g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 14));
                g.drawString("frame " + i, 10, 20);
            }
        };
    }
}
