package figs.output.gif;

import figs.output.AtomicFile;
import figs.output.Frame;
import figs.output.FrameSink;
import java.awt.image.BufferedImage;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * An animated GIF with one global palette chosen from every frame, so it keeps the frames until
 * {@link #close()}. Frames are written whole and left in place (disposal 1).
 */
public final class GifSink implements FrameSink {
    /** GIF's LZW works on 8-bit indices whatever the table size. */
    private static final int MIN_CODE_SIZE = 8;

    private final Path file;
    private final int delayCentiseconds;
    private final boolean loop;
    private final List<int[]> frames = new ArrayList<>();
    private final ColorCounts counts = new ColorCounts();
    private int width;
    private int height;

    public GifSink(Path file, int frameMillis, boolean loop) {
        this.file = file;
        this.delayCentiseconds = Math.max(1, Math.round(frameMillis / 10f));
        this.loop = loop;
    }

    @Override
    public Path target() {
        return file;
    }

    @Override
    public void accept(Frame frame) {
        BufferedImage image = frame.raster();
        width = image.getWidth();
        height = image.getHeight();
        int[] rgb = image.getRGB(0, 0, width, height, null, 0, width);
        countRuns(rgb);
        frames.add(rgb);
    }

    /** Counting runs of equal pixels instead of pixels keeps the histogram cheap on flat figures. */
    private void countRuns(int[] rgb) {
        int run = 1;
        for (int i = 1; i <= rgb.length; i++) {
            if (i < rgb.length && rgb[i] == rgb[i - 1]) {
                run++;
            } else {
                counts.add(rgb[i - 1], run);
                run = 1;
            }
        }
    }

    @Override
    public void close() throws IOException {
        if (frames.isEmpty()) throw new IOException("no frames for " + file);
        Palette palette = Palette.of(counts);
        Lzw lzw = new Lzw();
        AtomicFile.write(file, out -> {
            BufferedOutputStream buffered = new BufferedOutputStream(out, 1 << 16);
            GifWriter gif = new GifWriter(buffered);
            gif.header(width, height, palette.colors());
            if (loop) gif.loopForever();
            byte[] indices = new byte[width * height];
            for (int[] rgb : frames) {
                for (int i = 0; i < rgb.length; i++) indices[i] = (byte) palette.indexOf(rgb[i]);
                gif.graphicControl(delayCentiseconds);
                gif.image(width, height, MIN_CODE_SIZE, lzw.encode(indices, MIN_CODE_SIZE));
            }
            gif.trailer();
            buffered.flush();
        });
        frames.clear();
    }
}
