package figs.output.gif;

import figs.output.AtomicFile;
import figs.output.Frame;
import figs.output.FrameSink;
import figs.output.FrameSize;
import figs.output.RgbPixels;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * An animated GIF89a with one global colour table chosen from every frame ({@link Palette}), so the
 * frames are kept, as {@link Runs}, until {@link #close()}. Then each is mapped to the table without
 * dithering and coded by {@link FrameCoder}. Non-interlaced; loops forever when asked.
 */
public final class GifSink implements FrameSink {
    /** The graphic control extension holds the delay in an unsigned 16-bit field (GIF89a section 23). */
    private static final int MAX_DELAY_CENTISECONDS = 0xffff;

    /** Frames coded at once: one per processor, or {@code -Dfigs.threads} (the bytes are the same for any number). */
    private static final int CODERS = Math.max(1, Integer.getInteger("figs.threads", Runtime.getRuntime().availableProcessors()));
    /** Frames whose images are awaited, which bounds the index arrays alive at once. */
    private static final int IN_FLIGHT = 2 * CODERS + 2;

    private final Path file;
    private final int delayCentiseconds;
    private final boolean loop;
    private final double lossy;
    private final int colors;
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
        this(file, frameMillis, loop, 0);
    }

    /**
     * @param lossy how far (RGB distance, 0 to 255) a pixel's colour may be from its source frame's beyond
     *              the distance of its lossless palette colour (their squares add), when that lets LZW continue a
     *              string it already holds or show what the frame before left (as gifsicle's --lossy does,
     *              see {@link LossyLzw}); 0 keeps every pixel's nearest colour. Lossy frames are coded one after
     *              the other. On the 180-frame gradient-descent animation, 16 takes 32 % off the size for
     *              4.1 dB of mean PSNR, 20 takes 38 % for 5.5 dB (output/BENCHMARKS.md)
     */
    public GifSink(Path file, int frameMillis, boolean loop, double lossy) {
        this(file, frameMillis, loop, lossy, Palette.MAX_COLORS);
    }

    /**
     * @param colors the most colours the table holds, 2 to 256: fewer let a lossy GIF code longer strings
     *               in narrower codes. On the gradient-descent animation, {@code lossy: 15.9} with 128 colours
     *               is 0.499 of ImageMagick's size at 0.015 dB better mean PSNR (output/BENCHMARKS.md)
     */
    public GifSink(Path file, int frameMillis, boolean loop, double lossy, int colors) {
        if (colors < 2 || colors > Palette.MAX_COLORS) throw new IllegalArgumentException("a GIF table holds 2 to 256 colours, not " + colors);
        this.colors = colors;
        if (!(lossy >= 0 && lossy <= 255)) throw new IllegalArgumentException("lossy is an RGB distance from 0 to 255, not " + lossy);
        this.lossy = lossy;
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
        frames.add(Runs.of(rgb, counts));
        broken = false;
    }

    @Override
    public void close() throws IOException {
        if (broken) throw new IOException("not written, a frame failed: " + file);
        if (frames.isEmpty()) throw new IOException("no frames for " + file);
        try {
            Palette palette = Palette.of(counts, colors);
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
        int tableSize = transparent < 0 ? palette.size() : transparent + 1;
        FrameCoder coder = new FrameCoder(width, height, delayCentiseconds, tableSize, transparent, lossy);
        int[] colorsById = counts.colors();
        byte[] indexById = palette.indices(colorsById);
        if (lossy > 0) {
            writeLossy(gif, coder, palette, colorsById, indexById);
            gif.trailer();
            buffered.flush();
            return;
        }
        ExecutorService coders = Executors.newFixedThreadPool(CODERS, GifSink::daemon);
        try {
            // Frames are mapped to the palette on this thread; the LZW coding of each frame against the one
            // before runs on the coders, and images are written in frame order.
            ArrayDeque<Future<FrameCoder.Image>> coding = new ArrayDeque<>();
            byte[] previous = null;
            for (Runs runs : frames) {
                byte[] current = new byte[width * height];
                runs.indices(indexById, current);
                byte[] before = previous;
                coding.add(coders.submit(() -> coder.code(before, current)));
                previous = current;
                if (coding.size() >= IN_FLIGHT) coder.write(gif, done(coding.poll()));
            }
            while (!coding.isEmpty()) coder.write(gif, done(coding.poll()));
        } finally {
            coders.shutdownNow();
        }
        gif.trailer();
        buffered.flush();
    }

    /** Lossy frames are coded in order: each one's pixels may show what the frame before left on the screen. */
    private void writeLossy(GifWriter gif, FrameCoder coder, Palette palette, int[] colorsById, byte[] indexById) throws IOException {
        int n = size.width() * size.height();
        int[] screen = null;
        int[] source = new int[n];
        byte[] indices = new byte[n];
        Neighbours near = new Neighbours(palette.colors(), palette.size());
        for (Runs runs : frames) {
            runs.rgb(colorsById, source);
            runs.indices(indexById, indices);
            FrameCoder.Image image = coder.codeLossy(screen, source, indices, palette.colors(), near);
            screen = image.screen();
            coder.write(gif, image);
        }
    }

    private static FrameCoder.Image done(Future<FrameCoder.Image> image) throws IOException {
        try {
            return image.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while coding a GIF frame");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error error) throw error;
            throw new IOException(e.getCause());
        }
    }

    private static Thread daemon(Runnable task) {
        Thread t = new Thread(task, "figs-gif-coder");
        t.setDaemon(true);
        return t;
    }
}
