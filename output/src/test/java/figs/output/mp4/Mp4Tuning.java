package figs.output.mp4;

import figs.output.Frame;
import figs.output.FrameFolder;
import figs.output.Psnr;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Size, coding time and luma PSNR of Mp4Sink on frames a benchmark left (frame-000.png ...), for tuning the
 * encoder without re-running scripts/bench-output: args are the folder, the MP4 to write, then QPs. Each
 * QP is coded three times in one JVM and the least CPU time of the last two is printed (the first warms
 * the JIT up; CPU time, because on a shared machine wall time moves by a third). PSNR is every frame's
 * luma as ffmpeg decodes it against the BT.601 plane the encoder starts from.
 */
public final class Mp4Tuning {
    private static final int ROUNDS = 3;

    public static void main(String[] args) throws Exception {
        List<Frame> frames = FrameFolder.read(Path.of(args[0]));
        Path mp4 = Path.of(args[1]);
        int width = frames.getFirst().raster().getWidth(), height = frames.getFirst().raster().getHeight();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int a = 2; a < args.length; a++) {
            int qp = Integer.parseInt(args[a]);
            double best = Double.MAX_VALUE;
            for (int round = 0; round < ROUNDS; round++) {
                long start = threads.getCurrentThreadCpuTime();
                try (Mp4Sink sink = new Mp4Sink(mp4, 10, qp)) {
                    for (Frame f : frames) sink.accept(f);
                }
                if (round > 0) best = Math.min(best, (threads.getCurrentThreadCpuTime() - start) / 1e9);
            }
            byte[] yuv = LumaPlanes.decodedYuv(mp4);
            double sum = 0, worst = Double.MAX_VALUE;
            for (int i = 0; i < frames.size(); i++) {
                double db = Psnr.plane(LumaPlanes.expected(frames.get(i).raster()), LumaPlanes.decodedLuma(yuv, i, width, height), 0);
                sum += db;
                worst = Math.min(worst, db);
            }
            System.out.printf(Locale.ROOT, "QP %d: %,d bytes, %.2f CPU s, %.2f dB mean, %.2f dB worst frame%n", qp, Files.size(mp4), best,
                    sum / frames.size(), worst);
        }
    }
}
