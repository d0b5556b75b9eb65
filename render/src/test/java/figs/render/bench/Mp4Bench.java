package figs.render.bench;

import figs.output.Frame;
import figs.output.Processes;
import figs.output.Psnr;
import figs.output.mp4.LumaPlanes;
import figs.output.mp4.Mp4Sink;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Our Mp4Sink against {@code ffmpeg -c:v libx264 -crf 18 -pix_fmt yuv420p} on the same frames: size, time
 * and luma PSNR of every frame decoded by ffmpeg. Two references, because the encoders start from
 * different RGB to Y'CbCr conversions: the BT.601 limited-range plane Mp4Sink codes (LumaPlanes.expected)
 * and the yuv420p plane ffmpeg's own conversion gives libx264.
 */
final class Mp4Bench {
    static final int FPS = 10;
    /** Around the default: a step of 3 QP is a quantiser step 26 % coarser. */
    static final int[] QPS = {Mp4Sink.DEFAULT_QP - 6, Mp4Sink.DEFAULT_QP - 3, Mp4Sink.DEFAULT_QP, Mp4Sink.DEFAULT_QP + 3,
            Mp4Sink.DEFAULT_QP + 6};

    private Mp4Bench() {}

    static List<Row> run(List<Frame> frames, Path folder) throws Exception {
        int w = frames.getFirst().raster().getWidth(), h = frames.getFirst().raster().getHeight();
        List<byte[]> ours = new ArrayList<>();
        for (Frame f : frames) ours.add(LumaPlanes.expected(f.raster()));
        byte[] ffmpegYuv = Processes.run("ffmpeg", "-v", "error", "-framerate", String.valueOf(FPS), "-i",
                folder.resolve("frame-%03d.png").toString(), "-pix_fmt", "yuv420p", "-f", "rawvideo", "-").toByteArray();
        List<byte[]> theirs = new ArrayList<>();
        for (int i = 0; i < frames.size(); i++) theirs.add(LumaPlanes.decodedLuma(ffmpegYuv, i, w, h));

        List<Row> rows = new ArrayList<>();
        rows.add(new Row("(ffmpeg's RGB to yuv420p conversion itself)", 0, 0,
                List.of(compare(ours, ffmpegYuv, w, h), compare(theirs, ffmpegYuv, w, h))));
        for (int qp : QPS) {
            Path mp4 = folder.resolve("figs-qp" + qp + ".mp4");
            encode(frames, mp4, qp); // the first run warms the JIT up; the second is timed
            double seconds = encode(frames, mp4, qp);
            rows.add(row("figs Mp4Sink, QP " + qp + (qp == Mp4Sink.DEFAULT_QP ? " (default)" : ""), mp4, seconds, ours, theirs, w, h));
        }
        Path x264 = folder.resolve("libx264.mp4");
        double seconds = Tool.time(folder, "ffmpeg", "-y", "-v", "error", "-framerate", String.valueOf(FPS), "-i", "frame-%03d.png",
                "-c:v", "libx264", "-crf", "18", "-pix_fmt", "yuv420p", x264.getFileName().toString());
        rows.add(row("`ffmpeg -c:v libx264 -crf 18 -pix_fmt yuv420p`", x264, seconds, ours, theirs, w, h));
        return rows;
    }

    private static double encode(List<Frame> frames, Path file, int qp) throws IOException {
        long start = System.nanoTime();
        try (Mp4Sink sink = new Mp4Sink(file, FPS, qp)) {
            for (Frame f : frames) sink.accept(f);
        }
        return (System.nanoTime() - start) / 1e9;
    }

    private static Row row(String encoder, Path mp4, double seconds, List<byte[]> ours, List<byte[]> theirs, int w, int h)
            throws Exception {
        byte[] yuv = LumaPlanes.decodedYuv(mp4);
        return new Row(encoder, Files.size(mp4), seconds, List.of(compare(ours, yuv, w, h), compare(theirs, yuv, w, h)));
    }

    /** Luma PSNR of every decoded frame against its reference plane; the frame count must match. */
    private static Quality compare(List<byte[]> reference, byte[] yuv, int w, int h) {
        if (yuv.length != reference.size() * LumaPlanes.frameBytes(w, h)) {
            throw new IllegalStateException("decoded " + yuv.length / LumaPlanes.frameBytes(w, h) + " frames, not " + reference.size());
        }
        double[] db = new double[reference.size()];
        for (int i = 0; i < db.length; i++) db[i] = Psnr.plane(reference.get(i), LumaPlanes.decodedLuma(yuv, i, w, h), 0);
        return Quality.of(db);
    }
}
