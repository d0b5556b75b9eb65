package figs.output.montage;

import figs.output.AtomicFile;
import figs.output.Frame;
import figs.output.FrameSink;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/**
 * A contact sheet: every frame in reading order, {@code columns} to a row, each scaled by
 * {@code scale}, on white; written as PNG. Frames are drawn in as they arrive, so none is kept.
 */
public final class MontageSink implements FrameSink {
    private final Path file;
    private final int columns;
    private final double scale;
    private BufferedImage sheet;
    private Graphics2D g;
    private int cellWidth;
    private int cellHeight;

    public MontageSink(Path file, int columns, double scale) {
        if (columns < 1 || !(scale > 0 && scale <= 1)) throw new IllegalArgumentException("columns >= 1, 0 < scale <= 1");
        this.file = file;
        this.columns = columns;
        this.scale = scale;
    }

    @Override
    public Path target() {
        return file;
    }

    @Override
    public void accept(Frame frame) {
        if (sheet == null) start(frame);
        int x = frame.index() % columns * cellWidth;
        int y = frame.index() / columns * cellHeight;
        g.drawImage(frame.raster(), x, y, cellWidth, cellHeight, null);
    }

    private void start(Frame first) {
        cellWidth = (int) Math.round(first.raster().getWidth() * scale);
        cellHeight = (int) Math.round(first.raster().getHeight() * scale);
        int rows = (first.count() + columns - 1) / columns;
        sheet = new BufferedImage(Math.min(columns, first.count()) * cellWidth, rows * cellHeight, BufferedImage.TYPE_INT_RGB);
        g = sheet.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, sheet.getWidth(), sheet.getHeight());
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
    }

    @Override
    public void close() throws IOException {
        if (sheet == null) throw new IOException("no frames for " + file);
        g.dispose();
        AtomicFile.write(file, out -> ImageIO.write(sheet, "png", out));
        sheet = null;
    }
}
