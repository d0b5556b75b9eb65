package figs.output;

import figs.output.gif.GifFrames;
import figs.output.gif.GifSink;
import figs.output.montage.MontageSink;
import figs.output.mp4.LumaPlanes;
import figs.output.mp4.Mp4Sink;
import figs.output.png.PngSink;
import figs.output.svg.SvgSink;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Not a test: measures every writer on a chart-like sequence (default 50 frames of 720 x 720) and prints
 * size, encode time (accepting every frame plus closing) and, for the lossy formats, quality. Run from
 * the output module after {@code mvn test-compile}:
 * {@code java -cp target/classes:target/test-classes:<deps> figs.output.WriterBenchmark [frames] [size] [folder]}.
 */
public final class WriterBenchmark {
    private WriterBenchmark() {}

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 50;
        int size = args.length > 1 ? Integer.parseInt(args[1]) : 720;
        Path folder = args.length > 2 ? Path.of(args[2]) : Files.createTempDirectory("figs-bench");
        long t = System.nanoTime();
        List<Frame> frames = ChartFrames.sequence(count, size, size);
        System.out.printf(Locale.ROOT, "drew %d frames of %dx%d in %.2f s%n", count, size, size, (System.nanoTime() - t) / 1e9);
        for (int round = 0; round < 2; round++) { // the first round warms the JIT up
            System.out.println(round == 0 ? "-- warm-up" : "-- measured");
            Path gif = time(new GifSink(folder.resolve("chart.gif"), 100, true), frames);
            Path mp4 = time(new Mp4Sink(folder.resolve("chart.mp4"), 10), frames);
            time(new PngSink(folder.resolve("chart.png"), -1), frames);
            time(new SvgSink(folder.resolve("chart.svg"), -1, "chart-"), frames);
            time(new MontageSink(folder.resolve("chart-montage.png"), 10, 0.2), frames);
            if (round == 1) quality(frames, gif, mp4);
        }
    }

    private static Path time(FrameSink sink, List<Frame> frames) throws Exception {
        long t = System.nanoTime();
        try (sink) {
            for (Frame f : frames) sink.accept(f);
        }
        double seconds = (System.nanoTime() - t) / 1e9;
        System.out.printf(Locale.ROOT, "%-18s %10d bytes %7.3f s (%.1f ms a frame)%n", sink.target().getFileName(),
                Files.size(sink.target()), seconds, 1000 * seconds / frames.size());
        return sink.target();
    }

    private static void quality(List<Frame> frames, Path gif, Path mp4) throws Exception {
        List<java.awt.image.BufferedImage> decoded = GifFrames.withImageIo(gif).frames();
        double gifSum = 0, gifMin = Double.MAX_VALUE;
        for (int i = 0; i < frames.size(); i++) {
            double p = Psnr.rgb(frames.get(i).raster(), decoded.get(i));
            gifSum += p;
            gifMin = Math.min(gifMin, p);
        }
        byte[] yuv = LumaPlanes.decodedYuv(mp4);
        int w = frames.getFirst().raster().getWidth(), h = frames.getFirst().raster().getHeight();
        double mp4Sum = 0, mp4Min = Double.MAX_VALUE;
        for (int i = 0; i < frames.size(); i++) {
            double p = Psnr.plane(LumaPlanes.expected(frames.get(i).raster()), LumaPlanes.decodedLuma(yuv, i, w, h), 0);
            mp4Sum += p;
            mp4Min = Math.min(mp4Min, p);
        }
        System.out.printf(Locale.ROOT, "GIF RGB PSNR mean %.2f dB, worst frame %.2f dB%n", gifSum / frames.size(), gifMin);
        System.out.printf(Locale.ROOT, "MP4 luma PSNR mean %.2f dB, worst frame %.2f dB%n", mp4Sum / frames.size(), mp4Min);
    }
}
