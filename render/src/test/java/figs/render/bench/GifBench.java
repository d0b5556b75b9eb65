package figs.render.bench;

import figs.output.Frame;
import figs.output.Psnr;
import figs.output.gif.GifFrames;
import figs.output.gif.GifSink;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Our GifSink against ImageMagick and gifsicle on the same frames. Every GIF is decoded by one neutral
 * decoder (ffmpeg, which composes frame rectangles, transparency and disposal) and compared with its
 * source frame in RGB.
 */
final class GifBench {
    /** Warm runs after the first; the fastest is reported, as the machine is shared. */
    private static final int WARM_RUNS = 3;
    private static final String DELAY_CENTISECONDS = "10";
    /** Lossy LZW settings measured beside the lossless default. */
    private static final int[] LOSSY = {8, 16, 20, 32};

    private GifBench() {}

    /** {@code folder} holds the frames as frame-000.png ...; {@code convert} is ImageMagick's real binary. */
    static List<Row> run(List<Frame> frames, Path folder, String convert) throws Exception {
        List<Row> rows = new ArrayList<>();
        Path ours = folder.resolve("figs.gif");
        double cold = encode(frames, ours);
        double warm = Double.MAX_VALUE;
        for (int i = 0; i < WARM_RUNS; i++) warm = Math.min(warm, encode(frames, ours));
        rows.add(row("figs GifSink, first run in the JVM", ours, cold, frames));
        rows.add(row("figs GifSink, warm (best of " + WARM_RUNS + ")", ours, warm, frames));
        for (int lossy : LOSSY) {
            Path file = folder.resolve("figs-lossy" + lossy + ".gif");
            rows.add(row("figs GifSink, `lossy: " + lossy + "`", file, encode(frames, file, lossy), frames));
        }
        // The setting that halves ImageMagick's file on the gradient-descent animation at its PSNR.
        Path half = folder.resolve("figs-lossy15.9-128.gif");
        rows.add(row("figs GifSink, `{lossy: 15.9, colors: 128}`", half, encode(frames, half, 15.9, 128), frames));

        double im = Tool.time(folder, convert, "-delay", DELAY_CENTISECONDS, "-loop", "0", "frame-*.png", "imagemagick.gif");
        rows.add(row("`convert -delay 10 -loop 0`", folder.resolve("imagemagick.gif"), im, frames));
        double imPlain = Tool.time(folder, convert, "-delay", DELAY_CENTISECONDS, "-loop", "0", "+dither", "frame-*.png",
                "imagemagick-nodither.gif");
        rows.add(row("`convert -delay 10 -loop 0 +dither`", folder.resolve("imagemagick-nodither.gif"), imPlain, frames));

        // gifsicle reads only GIFs: each PNG becomes a GIF with ImageMagick's defaults (own palette, dithered).
        Files.createDirectories(folder.resolve("gifs"));
        double perFrame = Tool.time(folder, mogrify(convert), "-path", "gifs", "-format", "gif", "frame-*.png");
        double gs = Tool.time(folder, "sh", "-c", "gifsicle -O3 --delay " + DELAY_CENTISECONDS
                + " --loopcount=forever gifs/frame-*.gif -o gifsicle.gif");
        rows.add(row(String.format(java.util.Locale.ROOT, "`mogrify -format gif` per frame (%.2f s), then `gifsicle -O3`", perFrame),
                folder.resolve("gifsicle.gif"), perFrame + gs, frames));
        double gsIm = Tool.time(folder, "gifsicle", "-O3", "imagemagick.gif", "-o", "imagemagick-O3.gif");
        rows.add(row(String.format(java.util.Locale.ROOT, "`gifsicle -O3` on `convert`'s GIF (%.2f s + %.2f s)", im, gsIm),
                folder.resolve("imagemagick-O3.gif"), im + gsIm, frames));
        return rows;
    }

    /** Seconds to accept every frame and close: palette, mapping, LZW and writing the file. */
    private static double encode(List<Frame> frames, Path file) throws IOException {
        return encode(frames, file, 0);
    }

    private static double encode(List<Frame> frames, Path file, int lossy) throws IOException {
        return encode(frames, file, lossy, 256);
    }

    private static double encode(List<Frame> frames, Path file, double lossy, int colors) throws IOException {
        long start = System.nanoTime();
        try (GifSink sink = new GifSink(file, 100, true, lossy, colors)) {
            for (Frame f : frames) sink.accept(f);
        }
        return (System.nanoTime() - start) / 1e9;
    }

    private static Row row(String encoder, Path gif, double seconds, List<Frame> frames) throws Exception {
        BufferedImage first = frames.getFirst().raster();
        List<BufferedImage> decoded = GifFrames.withFfmpeg(gif, first.getWidth(), first.getHeight());
        if (decoded.size() != frames.size()) throw new IllegalStateException(gif + " decodes to " + decoded.size() + " frames");
        double[] db = new double[frames.size()];
        for (int i = 0; i < db.length; i++) db[i] = Psnr.rgb(frames.get(i).raster(), decoded.get(i));
        return new Row(encoder, Files.size(gif), seconds, Quality.of(db));
    }

    /** ImageMagick 6 installs mogrify beside convert. */
    private static String mogrify(String convert) {
        return Path.of(convert).resolveSibling("mogrify").toString();
    }
}
