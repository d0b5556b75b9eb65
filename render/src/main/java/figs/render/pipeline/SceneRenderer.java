package figs.render.pipeline;

import figs.output.Frame;
import figs.output.FrameSink;
import figs.output.Rasterizer;
import figs.render.frame.FigureDrawing;
import figs.render.frame.FrameValues;
import figs.render.run.RunResults;
import figs.render.scene.Output;
import figs.render.scene.Scene;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * The pipeline of one scene, each stage reading only the one before:
 * validated {@link Scene} → {@link RunResults} (training, once) → per frame a {@link FigureDrawing}
 * and its raster → every {@link FrameSink} → files in the output folder.
 */
public final class SceneRenderer {
    /** A file written, with its size and the time its encoder took (accepting frames and finishing). */
    public record Written(Path file, long bytes, double encodeSeconds) {}

    private final Consumer<String> log;

    public SceneRenderer(Consumer<String> log) {
        this.log = log;
    }

    public List<Written> render(Scene scene, Path folder) throws IOException {
        RunResults runs = RunResults.compute(scene, log);
        int count = FrameValues.count(scene.timeline(), runs);
        List<FrameSink> sinks = new ArrayList<>();
        for (Output output : scene.outputs()) sinks.add(Sinks.open(output, folder, scene.name()));
        long[] encodeNanos = new long[sinks.size()];
        long drawNanos = 0;
        for (int i = 0; i < count; i++) {
            long start = System.nanoTime();
            FrameValues values = FrameValues.of(scene.timeline(), runs, i);
            FigureDrawing drawing = new FigureDrawing(scene.figure(), runs, values);
            Frame frame = new Frame(i, count, drawing, Rasterizer.rasterize(drawing));
            drawNanos += System.nanoTime() - start;
            for (int s = 0; s < sinks.size(); s++) {
                long t = System.nanoTime();
                sinks.get(s).accept(frame);
                encodeNanos[s] += System.nanoTime() - t;
            }
        }
        log.accept(String.format(Locale.ROOT, "drew %d frames in %.2f s", count, drawNanos / 1e9));
        List<Written> written = new ArrayList<>();
        for (int s = 0; s < sinks.size(); s++) {
            FrameSink sink = sinks.get(s);
            long t = System.nanoTime();
            sink.close();
            encodeNanos[s] += System.nanoTime() - t;
            written.add(new Written(sink.target(), Files.size(sink.target()), encodeNanos[s] / 1e9));
        }
        return written;
    }
}
