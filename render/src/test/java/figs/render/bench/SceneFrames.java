package figs.render.bench;

import figs.output.Frame;
import figs.output.Rasterizer;
import figs.render.frame.FigureDrawing;
import figs.render.frame.FrameValues;
import figs.render.run.RunResults;
import figs.render.scene.Scene;
import java.util.ArrayList;
import java.util.List;

/**
 * Every frame of a scene as the pipeline draws it (the stages of SceneRenderer, without its sinks), so a
 * benchmark can hand the very same rasters to our writers and, as PNG files, to other tools.
 */
final class SceneFrames {
    private SceneFrames() {}

    static List<Frame> draw(Scene scene) {
        RunResults runs = RunResults.compute(scene, line -> {});
        int count = FrameValues.count(scene.timeline(), runs);
        List<Frame> frames = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            FrameValues values = FrameValues.of(scene.timeline(), runs, i);
            FigureDrawing drawing = new FigureDrawing(scene.figure(), runs, values);
            frames.add(new Frame(i, count, drawing, Rasterizer.rasterize(drawing)));
        }
        return frames;
    }
}
