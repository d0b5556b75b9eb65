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
 * {@link #close()}. The first frame is written whole; every later one only as the rectangle that
 * changed, left in place over the previous one (disposal 1). Inside that rectangle, pixels that did not
 * change may be written as the transparent index, which LZW packs into long runs; each frame keeps
 * whichever of the two codings is smaller.
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

    private void writeFrame(GifWriter gif, Lzw lzw, byte[] previous, byte[] indices, int transparent) throws IOException {
        Rect whole = new Rect(0, 0, width, height);
        Rect rect = previous == null ? whole : Rect.changed(previous, indices, width, height);
        if (rect == null) {
            // Nothing changed: one transparent pixel still carries the frame's delay.
            gif.graphicControl(delayCentiseconds, transparent);
            gif.image(new Rect(0, 0, 1, 1), MIN_CODE_SIZE, lzw.encode(new byte[] {(byte) transparent}, MIN_CODE_SIZE));
            return;
        }
        byte[] opaque = lzw.encode(rect.crop(indices, width), MIN_CODE_SIZE);
        if (previous == null) {
            gif.graphicControl(delayCentiseconds, -1);
            gif.image(rect, MIN_CODE_SIZE, opaque);
            return;
        }
        byte[] masked = rect.crop(indices, width);
        byte[] before = rect.crop(previous, width);
        for (int i = 0; i < masked.length; i++) if (masked[i] == before[i]) masked[i] = (byte) transparent;
        byte[] withHoles = lzw.encode(masked, MIN_CODE_SIZE);
        boolean holes = withHoles.length < opaque.length;
        gif.graphicControl(delayCentiseconds, holes ? transparent : -1);
        gif.image(rect, MIN_CODE_SIZE, holes ? withHoles : opaque);
    }

    @Override
    public void close() throws IOException {
        if (frames.isEmpty()) throw new IOException("no frames for " + file);
        Palette palette = Palette.of(counts);
        int transparent = palette.size();
        Lzw lzw = new Lzw();
        AtomicFile.write(file, out -> {
            BufferedOutputStream buffered = new BufferedOutputStream(out, 1 << 16);
            GifWriter gif = new GifWriter(buffered);
            // One more entry than the palette holds: the transparent index of difference frames.
            gif.header(width, height, java.util.Arrays.copyOf(palette.colors(), palette.size() + 1));
            if (loop) gif.loopForever();
            byte[] previous = null;
            for (int[] rgb : frames) {
                byte[] indices = new byte[width * height];
                for (int i = 0; i < rgb.length; i++) indices[i] = (byte) palette.indexOf(rgb[i]);
                writeFrame(gif, lzw, previous, indices, transparent);
                previous = indices;
            }
            gif.trailer();
            buffered.flush();
        });
        frames.clear();
    }
}
