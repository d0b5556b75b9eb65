package figs.render.cli;

import figs.render.pipeline.FrameRange;
import figs.render.pipeline.Progress;
import figs.render.pipeline.SceneRenderer;
import figs.render.run.RunCache;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** What {@code render} and {@code watch} share: where files go, which frames, and the run cache. */
final class OutputOptions {
    /** The cache's folder name, next to the output folder. */
    static final String CACHE_FOLDER = ".figs-cache";

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "figures", description = "Output folder (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--frames", paramLabel = "RANGE", converter = FrameRangeConverter.class,
            description = "Draw only these frames, e.g. 0-9 or 12 (from 0); the files then hold only them.")
    FrameRange frames = FrameRange.ALL;

    @Option(names = "--cache", paramLabel = "DIR",
            description = "Folder of computed runs kept between renders; by default " + CACHE_FOLDER + " beside the output folder.")
    Path cache;

    @Option(names = "--no-cache", description = "Compute every run, and keep nothing.")
    boolean noCache;

    Path cacheFolder() {
        if (cache != null) return cache;
        Path parent = out.toAbsolutePath().normalize().getParent();
        return (parent == null ? out.toAbsolutePath() : parent).resolve(CACHE_FOLDER);
    }

    SceneRenderer.Options renderOptions(Progress progress) {
        RunCache runs = noCache ? RunCache.NONE : RunCache.in(cacheFolder(), line -> progress.line("warning: " + line));
        return SceneRenderer.Options.defaults().withFrames(frames).withCache(runs).withProgress(progress);
    }

    static final class FrameRangeConverter implements picocli.CommandLine.ITypeConverter<FrameRange> {
        @Override
        public FrameRange convert(String value) {
            try {
                return FrameRange.parse(value);
            } catch (IllegalArgumentException e) {
                throw new picocli.CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }
}
