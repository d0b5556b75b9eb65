package figs.render.bench;

import figs.output.Frame;
import figs.output.Psnr;
import figs.output.png.PngSink;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;

/**
 * Writes every frame with PngSink as frame-000.png, frame-001.png ... (the input of the other tools) and
 * times it; reads them back to prove the tools get exactly the rasters our writers get.
 */
final class PngBench {
    record Result(double msPerFrame, long bytes, double readMsPerFrame) {
        String markdown() {
            return String.format(Locale.ROOT, "PngSink: %.1f ms per frame (%,d bytes for all frames); reading one back with ImageIO: %.1f ms",
                    msPerFrame, bytes, readMsPerFrame);
        }
    }

    private PngBench() {}

    static Result run(List<Frame> frames, Path folder) throws IOException {
        write(frames, folder); // warms the JIT up
        long start = System.nanoTime();
        long bytes = write(frames, folder);
        double ms = (System.nanoTime() - start) / 1e6 / frames.size();
        start = System.nanoTime();
        for (Frame f : frames) {
            BufferedImage back = ImageIO.read(file(folder, f).toFile());
            if (Psnr.rgb(f.raster(), back) != Psnr.IDENTICAL_DB) throw new IllegalStateException(file(folder, f) + " differs");
        }
        return new Result(ms, bytes, (System.nanoTime() - start) / 1e6 / frames.size());
    }

    private static long write(List<Frame> frames, Path folder) throws IOException {
        long bytes = 0;
        for (Frame f : frames) {
            try (PngSink sink = new PngSink(file(folder, f), f.index())) {
                sink.accept(f);
            }
            bytes += Files.size(file(folder, f));
        }
        return bytes;
    }

    static Path file(Path folder, Frame frame) {
        return folder.resolve(String.format(Locale.ROOT, "frame-%03d.png", frame.index()));
    }
}
