package figs.render.cli;

import figs.output.AtomicFile;
import figs.output.FolderLock;
import figs.render.pipeline.Progress;
import figs.render.pipeline.SceneRenderer;
import figs.render.scene.Scene;
import figs.render.scene.SceneError;
import figs.render.scene.SceneLoader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code figs render <scene.yaml | folder>... [--out DIR] [--only NAME] [--frames 0-9] [--jobs N]}: one line per file written. */
@Command(name = "render", mixinStandardHelpOptions = true, versionProvider = Figs.Version.class,
        description = {"Trains what the scenes need and writes their figures.",
            "Every scene is checked before anything is drawn: a bad scene stops with exit code 2 and writes nothing.",
            "Computed runs are cached (see --cache), so a change to how a figure looks does not retrain;",
            "a scene whose files were made from its current text by this version is skipped (see --force)."})
final class RenderCommand implements Callable<Integer> {
    @Mixin
    SceneBatch batch;

    @Mixin
    OutputOptions output;

    @Option(names = "--force", description = "Render every scene, also those whose files are current.")
    boolean force;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter stderr = spec.commandLine().getErr();
        List<Scene> loaded = batch.load(stderr);
        if (loaded == null) return Figs.BAD_SCENE;
        Progress progress = Figs.progress(spec);
        try (FolderLock lock = FolderLock.acquire(output.out)) {
            return renderLocked(loaded, batch, output, force, progress, stderr);
        }
    }

    /**
     * Renders {@code loaded} into the output folder, whose {@link FolderLock} the caller holds (one render
     * at a time per folder; holding it, the temporary files of a killed render can go). Returns the
     * batch's exit code.
     */
    static int renderLocked(List<Scene> loaded, SceneBatch batch, OutputOptions output, boolean force, Progress progress,
                            PrintWriter stderr) throws IOException {
        try (SceneRenderer renderer = new SceneRenderer(progress::line, output.renderOptions(progress))) {
            AtomicFile.removeLeftovers(output.out);
            // Which scenes are stale is decided once, before any renders: the renderer plans the trainings they share.
            Stamps stamps = new Stamps(output.out);
            List<Scene> stale = new ArrayList<>();
            for (Scene scene : loaded) if (force || !stamps.current(scene, output.frames, output.out)) stale.add(scene);
            renderer.expect(stale);
            Set<Scene> toRender = Collections.newSetFromMap(new IdentityHashMap<>());
            toRender.addAll(stale);
            return batch.render(loaded, stderr, scene -> renderOne(scene, toRender.contains(scene), renderer, progress, output));
        }
    }

    /** Every scene, or null after printing every error when any is bad. */
    static List<Scene> load(List<Path> files, PrintWriter stderr) {
        List<Scene> loaded = new ArrayList<>();
        SceneLoader loader = new SceneLoader();
        boolean bad = false;
        for (Path file : files) {
            try {
                loaded.add(loader.load(file));
            } catch (SceneError e) {
                stderr.println(e);
                Figs.trace(e, stderr);
                bad = true;
            }
        }
        stderr.flush();
        return bad ? null : loaded;
    }

    /** One scene into {@code output.out} when it is {@code stale} (forced, or its stamp is not current). */
    static void renderOne(Scene scene, boolean stale, SceneRenderer renderer, Progress progress, OutputOptions output)
            throws IOException {
        if (!stale) {
            progress.line(scene.name() + ": up to date (--force renders it again)");
            return;
        }
        Stamps stamps = new Stamps(output.out);
        long start = System.nanoTime();
        for (SceneRenderer.Written w : renderer.render(scene, output.out)) {
            progress.line(String.format(Locale.ROOT, "wrote %s  %s  (encoded in %.2f s)", w.file(), size(w.bytes()), w.encodeSeconds()));
        }
        // The scene's whole time (runs, frames, encoders), which scenes/README.md lists per figure.
        stamps.write(scene, output.frames);
        progress.line(String.format(Locale.ROOT, "%s: done in %.1f s", scene.name(), (System.nanoTime() - start) / 1e9));
    }

    static String size(long bytes) {
        return bytes >= 1 << 20 ? String.format(Locale.ROOT, "%.2f MB", bytes / 1048576.0)
                : String.format(Locale.ROOT, "%.1f kB", bytes / 1024.0);
    }
}
