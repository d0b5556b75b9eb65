package figs.output;

import java.awt.Graphics2D;

/**
 * One picture that can paint itself on any {@link Graphics2D}: Batik's SVG generator records it as
 * vectors, a {@code BufferedImage} rasterises it. There is no second renderer to keep in step.
 */
public interface Drawing {
    int width();

    int height();

    /** Paints the whole picture, background included, in pixel coordinates with y pointing down. */
    void paint(Graphics2D g);
}
