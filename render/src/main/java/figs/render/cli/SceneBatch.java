package figs.render.cli;

import figs.render.scene.Scene;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** What {@code render}, {@code lock} and {@code check} share: the scenes named, {@code --only} and {@code --jobs}. */
final class SceneBatch {
    @Parameters(arity = "1..*", paramLabel = "SCENE", description = "Scene files, or folders of *.yaml scene files.")
    List<Path> scenes;

    @Option(names = "--only", paramLabel = "NAME", split = ",",
            description = "Only these scenes (file names without .yaml); may be repeated or comma-separated.")
    List<String> only;

    @Option(names = "--jobs", paramLabel = "N", description = "Scenes rendered at once (default: the number of processors, ${DEFAULT-VALUE}).")
    int jobs = Runtime.getRuntime().availableProcessors();

    /** Every scene named, loaded; or null after printing every error when any is bad. */
    List<Scene> load(PrintWriter stderr) throws IOException {
        if (jobs < 1) throw new IllegalArgumentException("--jobs must be 1 or more, not " + jobs);
        return RenderCommand.load(SceneFiles.only(SceneFiles.of(scenes), only), stderr);
    }

    /** Runs {@code work} for each scene, {@link #jobs} at once; see {@link Batch#render}. */
    int render(List<Scene> loaded, PrintWriter stderr, Batch.SceneWork work) {
        return Batch.render(loaded, jobs, stderr, work);
    }
}
