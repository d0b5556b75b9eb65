package figs.render.pipeline;

import figs.output.FrameSink;
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

    static FrameSink open(Output output, Path folder, String sceneName) {
        Path file = folder.resolve(sceneName + output.suffix());
        return switch (output) {
            case Output.Gif gif -> new GifSink(file, gif.frameMillis(), gif.loop());
            case Output.Mp4 mp4 -> new Mp4Sink(file, mp4.fps(), mp4.qp());
            case Output.Svg svg -> new SvgSink(file, svg.frame(), sceneName + "-");
            case Output.Png png -> new PngSink(file, png.frame());
            case Output.Montage montage -> new MontageSink(file, montage.columns(), montage.scale());
        };
    }
}
