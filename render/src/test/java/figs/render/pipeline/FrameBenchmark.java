package figs.render.pipeline;

import figs.output.Frame;
import figs.output.Rasterizer;
import figs.output.svg.SvgSink;
import figs.render.frame.FigureDrawing;
import figs.render.frame.FrameValues;
import figs.render.run.RunResults;
import figs.render.scene.Scene;
import figs.render.scene.SceneLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/**
 * The time to draw one frame of a scene (its last; by default the 720 x 720 boundary frame, filled
 * contours + 900 points) as a raster and as SVG, and the SVG's size: medians of repeated runs after a
 * warm-up, on one thread. Run by {@code scripts/bench frame [scene.yaml]}; a benchmark, not a test.
 */
public final class FrameBenchmark {
    private static final int WARMUP = 20;
    private static final int RUNS = 30;

    public static void main(String[] args) throws Exception {
        Scene scene = new SceneLoader().load(Path.of(args.length > 0 ? args[0] : "scenes/boundary-circles.yaml"));
        RunResults runs = RunResults.compute(scene, line -> {});
        int count = FrameValues.count(scene.timeline(), runs);
        FigureDrawing drawing = new FigureDrawing(scene.figure(), runs, FrameValues.of(scene.timeline(), runs, count - 1));
        Path svg = Files.createTempFile("frame", ".svg");
        double[] raster = new double[RUNS], vector = new double[RUNS];
        for (int i = 0; i < WARMUP + RUNS; i++) {
            long t0 = System.nanoTime();
            var image = Rasterizer.rasterize(drawing);
            long t1 = System.nanoTime();
            try (SvgSink sink = new SvgSink(svg, -1, "bench-")) {
                sink.accept(new Frame(0, 1, drawing, image));
            }
            long t2 = System.nanoTime();
            if (i >= WARMUP) {
                raster[i - WARMUP] = (t1 - t0) / 1e6;
                vector[i - WARMUP] = (t2 - t1) / 1e6;
            }
        }
        System.out.printf(Locale.ROOT, "raster %.1f ms, svg (record + write) %.1f ms, svg %d bytes%n", median(raster),
                median(vector), Files.size(svg));
        Files.delete(svg);
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
