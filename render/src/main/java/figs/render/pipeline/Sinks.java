package figs.render.pipeline;

import figs.output.FrameSink;
import figs.output.Still;
import figs.output.gif.GifSink;
import figs.output.montage.MontageSink;
import figs.output.mp4.Mp4Sink;
import figs.output.png.PngSink;
import figs.output.svg.SvgSink;
import figs.render.scene.Output;
import java.nio.file.Path;

/** The one place that turns a scene's outputs into file sinks and names the files. */
final class Sinks {
    private Sinks() {}

    /** The sink of {@code output} for every frame of the timeline. */
    static FrameSink open(Output output, Path folder, String sceneName) {
        return open(output, folder, sceneName, FrameRange.ALL);
    }

    /**
     * The sink of {@code output} for the frames of {@code range}, which reach it numbered from 0; null
     * for a still (svg, png) whose frame lies outside the range.
     */
    static FrameSink open(Output output, Path folder, String sceneName, FrameRange range) {
        Path file = folder.resolve(sceneName + output.suffix());
        return switch (output) {
            case Output.Gif gif -> new GifSink(file, gif.frameMillis(), gif.loop(), gif.lossy(), gif.colors());
            case Output.Mp4 mp4 -> new Mp4Sink(file, mp4.fps(), mp4.qp());
            case Output.Svg svg -> still(svg.frame(), range) == null ? null
                    : new SvgSink(file, still(svg.frame(), range), sceneName + "-");
            case Output.Png png -> still(png.frame(), range) == null ? null : new PngSink(file, still(png.frame(), range));
            case Output.Montage montage -> new MontageSink(file, montage.columns(), montage.scale());
        };
    }

    /** A still's frame among the chosen ones; a frame beyond the timeline is left for the sink to name. */
    private static Integer still(int frame, FrameRange range) {
        if (frame == Still.LAST || range.equals(FrameRange.ALL)) return frame;
        return range.contains(frame) ? frame - range.first() : null;
    }
}
