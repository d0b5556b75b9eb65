package figs.output.gif;

import figs.output.Frame;
import figs.output.FrameFolder;
import figs.output.Psnr;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Size and PSNR of GifSink on frames a benchmark left (frame-000.png ...), for tuning the palette and
 * lossy LZW without re-running scripts/bench-output: args are the folder, then lossy settings, each
 * {@code N} or {@code N/colours} (or
 * {@code palette}, which times the choice of the palette alone).
 * PSNR is over every frame as javax.imageio decodes it (the same pixels as ffmpeg's).
 */
public final class GifTuning {
    public static void main(String[] args) throws Exception {
        List<Frame> frames = FrameFolder.read(Path.of(args[0]));
        if (args.length > 1 && args[1].equals("palette")) {
            timePalette(frames);
            return;
        }
        for (int a = 1; a < args.length; a++) {
            boolean given = args[a].endsWith(".gif");
            String[] setting = args[a].split("/");   // lossy, or lossy/colors
            double lossy = given ? -1 : Double.parseDouble(setting[0]);
            int colors = given || setting.length < 2 ? Palette.MAX_COLORS : Integer.parseInt(setting[1]);
            Path gif = given ? Path.of(args[a]) : Files.createTempFile("tuning", ".gif");
            long start = System.nanoTime();
            if (!given) {
                try (GifSink sink = new GifSink(gif, 100, true, lossy, colors)) {
                    for (Frame f : frames) sink.accept(f);
                }
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            List<BufferedImage> decoded = GifFrames.withImageIo(gif).frames();
            double sum = 0, worst = Double.MAX_VALUE;
            for (int i = 0; i < frames.size(); i++) {
                double db = Psnr.rgb(frames.get(i).raster(), decoded.get(i));
                sum += db;
                worst = Math.min(worst, db);
            }
            System.out.printf(Locale.ROOT, "%s: %,d bytes, %.2f s, mean %.3f dB, worst %.3f dB%n",
                    given ? args[a] : "lossy " + lossy + ", " + colors + " colours", Files.size(gif), seconds, sum / frames.size(), worst);
            if (!given) Files.delete(gif);
        }
    }

    /** Seconds to choose the palette (median cut and Lloyd's rounds) from all frames' colour counts, five times. */
    private static void timePalette(List<Frame> frames) {
        ColorCounts counts = new ColorCounts();
        for (Frame f : frames) Runs.of(figs.output.RgbPixels.of(f.raster(), null), counts);
        for (int run = 0; run < 5; run++) {
            long start = System.nanoTime();
            Palette palette = Palette.of(counts);
            System.out.printf(Locale.ROOT, "palette of %d entries: %.3f s%n", palette.size(), (System.nanoTime() - start) / 1e9);
        }
    }
}
