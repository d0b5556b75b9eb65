package figs.output.gif;

import figs.output.AtomicFile;
import figs.output.Frame;
import figs.output.FrameSink;
import figs.output.FrameSize;
import figs.output.RgbPixels;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * An animated GIF89a with one global colour table chosen from every frame ({@link Palette}), so the
 * frames are kept, as {@link Runs}, until {@link #close()}. Then each is mapped to the table without
 * dithering and coded by {@link FrameCoder}. Non-interlaced; loops forever when asked.
 */
public final class GifSink implements FrameSink {
    /** The graphic control extension holds the delay in an unsigned 16-bit field (GIF89a section 23). */
    private static final int MAX_DELAY_CENTISECONDS = 0xffff;

    private final Path file;
    private final int delayCentiseconds;
    private final boolean loop;
    private final List<Runs> frames = new ArrayList<>();
    private final ColorCounts counts = new ColorCounts();
    private FrameSize size;
    private int[] rgb;
    /** Set while a frame is being taken in: still set afterwards means that frame failed, and the file is not written. */
    private boolean broken;

    /**
     * @param frameMillis how long each frame shows; GIF counts in hundredths of a second, so this is
     *                    rounded to the nearest 10 ms (browsers show 0 and 10 ms as 100 ms)
     * @param loop        whether viewers repeat the animation forever (the NETSCAPE2.0 extension)
     */
    public GifSink(Path file, int frameMillis, boolean loop) {
        int centiseconds = Math.round(frameMillis / 10f);
        if (frameMillis < 0 || centiseconds > MAX_DELAY_CENTISECONDS) {
            throw new IllegalArgumentException("a GIF frame lasts 0 to 655350 ms, not " + frameMillis);
        }
        this.file = file;
        this.delayCentiseconds = centiseconds;
        this.loop = loop;
    }

    @Override
    public Path target() {
        return file;
    }

    @Override
    public void accept(Frame frame) throws IOException {
        if (broken) throw new IOException("an earlier frame failed; " + file + " will not be written");
        broken = true;
        if (size == null) {
            size = FrameSize.of(frame);
            rgb = new int[size.width() * size.height()];
        }
        size.check(frame, file);
        RgbPixels.of(frame.raster(), rgb);
        Runs runs = Runs.of(rgb);
        runs.forEach(counts::add);
        frames.add(runs);
        broken = false;
    }

    @Override
    public void close() throws IOException {
        if (broken) throw new IOException("not written, a frame failed: " + file);
        if (frames.isEmpty()) throw new IOException("no frames for " + file);
        try {
            Palette palette = Palette.of(counts);
            AtomicFile.write(file, out -> write(out, palette));
        } finally {
            frames.clear();
        }
    }

    private void write(OutputStream out, Palette palette) throws IOException {
        int width = size.width(), height = size.height();
        BufferedOutputStream buffered = new BufferedOutputStream(out, 1 << 16);
        GifWriter gif = new GifWriter(buffered);
        int transparent = palette.transparentIndex();
        // The transparent index is one entry past the colours: the table holds it too (as black).
        gif.header(width, height, transparent < 0 ? palette.colors() : Arrays.copyOf(palette.colors(), transparent + 1));
        if (loop) gif.loopForever();
        FrameCoder coder = new FrameCoder(gif, width, height, delayCentiseconds, transparent);
        byte[] previous = null, current = new byte[width * height];
        for (Runs runs : frames) {
            runs.indices(palette, current);
            coder.write(previous, current);
            byte[] done = current;
            current = previous != null ? previous : new byte[width * height];
            previous = done;
        }
        gif.trailer();
        buffered.flush();
    }
}
