package figs.output.montage;

import figs.output.AtomicFile;
import figs.output.Frame;
import figs.output.FrameSink;
import figs.output.FrameSize;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import javax.imageio.ImageIO;

/**
 * A contact sheet: every frame in reading order (row-major), {@code columns} to a row, each shrunk by
 * {@code scale} with {@link AreaScaler}, on white where a row has no more frames; written as PNG.
 * Each frame is shrunk and placed as it arrives, so only the sheet is kept.
 */
public final class MontageSink implements FrameSink {
    private static final int WHITE = 0xffffff;

    private final Path file;
    private final int columns;
    private final double scale;
    private BufferedImage sheet;
    private AreaScaler scaler;
    private FrameSize size;
    private int cellWidth;
    private int cellHeight;
    private int[] source;
    private int cells;
    /** Set while a frame is being placed: still set afterwards means that frame failed, and the sheet is not written. */
    private boolean broken;

    /** @param scale the size of a cell relative to a frame, above 0 and at most 1 */
    public MontageSink(Path file, int columns, double scale) {
        if (columns < 1 || !(scale > 0 && scale <= 1)) {
            throw new IllegalArgumentException("a montage needs columns >= 1 and 0 < scale <= 1, not "
                    + columns + " and " + scale);
        }
        this.file = file;
        this.columns = columns;
        this.scale = scale;
    }

    @Override
    public Path target() {
        return file;
    }

    @Override
    public void accept(Frame frame) throws IOException {
        if (broken) throw new IOException("an earlier frame failed; " + file + " will not be written");
        broken = true;
        if (sheet == null) start(frame);
        size.check(frame, file);
        if (frame.index() < 0 || frame.index() >= cells) {
            throw new IOException("frame " + frame.index() + " lies outside the " + cells + " cells of " + file);
        }
        frame.raster().getRGB(0, 0, size.width(), size.height(), source, 0, size.width());
        int[] cell = scaler == null ? source : scaler.scale(source);
        int x = frame.index() % columns * cellWidth, y = frame.index() / columns * cellHeight;
        sheet.setRGB(x, y, cellWidth, cellHeight, cell, 0, cellWidth);
        broken = false;
    }

    private void start(Frame first) {
        size = FrameSize.of(first);
        cellWidth = Math.max(1, (int) Math.round(size.width() * scale));
        cellHeight = Math.max(1, (int) Math.round(size.height() * scale));
        boolean same = cellWidth == size.width() && cellHeight == size.height();
        scaler = same ? null : new AreaScaler(size.width(), size.height(), cellWidth, cellHeight);
        source = new int[size.width() * size.height()];
        cells = first.count();
        int rows = (cells + columns - 1) / columns;
        sheet = new BufferedImage(Math.min(columns, cells) * cellWidth, rows * cellHeight, BufferedImage.TYPE_INT_RGB);
        int[] white = new int[sheet.getWidth() * sheet.getHeight()];
        Arrays.fill(white, WHITE);
        sheet.setRGB(0, 0, sheet.getWidth(), sheet.getHeight(), white, 0, sheet.getWidth());
    }

    @Override
    public void close() throws IOException {
        if (broken) throw new IOException("not written, a frame failed: " + file);
        if (sheet == null) throw new IOException("no frames for " + file);
        BufferedImage done = sheet;
        sheet = null;
        AtomicFile.write(file, out -> {
            if (!ImageIO.write(done, "png", out)) throw new IOException("no PNG writer in this JDK");
        });
    }
}
