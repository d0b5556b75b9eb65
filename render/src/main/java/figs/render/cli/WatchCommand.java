package figs.render.cli;

import figs.render.pipeline.Progress;
import figs.render.pipeline.SceneRenderer;
import figs.render.scene.SceneError;
import figs.render.scene.SceneLoader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code figs watch <scene>}: renders the scene, then again each time it is saved, until interrupted (Ctrl-C). */
@Command(name = "watch", mixinStandardHelpOptions = true, versionProvider = Figs.Version.class,
        description = {"Renders a scene, then again each time the file is saved, until stopped with Ctrl-C.",
            "A scene error is printed and watching goes on; the run cache makes a change of style redraw without retraining."})
final class WatchCommand implements Callable<Integer> {
    /** How long a save must have been quiet before rendering: editors write a file in several steps. */
    static final long QUIET_MILLIS = 200;

    @Parameters(paramLabel = "SCENE", description = "The scene file to watch.")
    Path scene;

    @Mixin
    OutputOptions output;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (!java.nio.file.Files.isRegularFile(scene)) throw new java.nio.file.NoSuchFileException(scene.toString());
        Progress progress = Figs.progress(spec);
        PrintWriter err = spec.commandLine().getErr();
        try (SceneWatcher watcher = new SceneWatcher(scene, QUIET_MILLIS);
             SceneRenderer renderer = new SceneRenderer(progress::line, output.renderOptions(progress))) {
            renderOnce(renderer, progress, err);
            progress.line("watching " + scene + " (Ctrl-C to stop)");
            watcher.watch(() -> renderOnce(renderer, progress, err));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }

    /** One render; whatever goes wrong is printed, and watching goes on. */
    private void renderOnce(SceneRenderer renderer, Progress progress, PrintWriter err) throws InterruptedException {
        try {
            for (SceneRenderer.Written w : renderer.render(new SceneLoader().load(scene), output.out)) {
                progress.line(String.format(Locale.ROOT, "wrote %s  %s", w.file(), RenderCommand.size(w.bytes())));
            }
        } catch (SceneError e) {
            report(err, e.toString());
        } catch (java.io.InterruptedIOException e) {
            throw new InterruptedException(e.getMessage());
        } catch (IOException | RuntimeException e) {
            report(err, scene + ": could not render: " + Figs.describe(e));
        }
    }

    private static void report(PrintWriter err, String paragraph) {
        err.println(paragraph);
        err.flush();
    }
}
