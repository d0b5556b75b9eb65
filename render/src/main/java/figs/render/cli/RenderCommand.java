package figs.render.cli;

import figs.render.pipeline.SceneRenderer;
import figs.render.scene.Scene;
import figs.render.scene.SceneError;
import figs.render.scene.SceneLoader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code figs render <scene.yaml | folder>... [--out DIR]}: one line per file written. */
@Command(name = "render", mixinStandardHelpOptions = true,
        description = "Trains what the scenes need and writes their figures.")
final class RenderCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "SCENE", description = "Scene files, or folders of *.yaml scene files.")
    List<Path> scenes;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "figures", description = "Output folder (default: ${DEFAULT-VALUE}).")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        List<Scene> loaded = new ArrayList<>();
        SceneLoader loader = new SceneLoader();
        for (Path file : sceneFiles()) {
            try {
                loaded.add(loader.load(file));
            } catch (SceneError e) {
                stderr.println(e);
                stderr.flush();
                return Figs.BAD_SCENE;
            }
        }
        SceneRenderer renderer = new SceneRenderer(line -> { stdout.println(line); stdout.flush(); });
        for (Scene scene : loaded) {
            for (SceneRenderer.Written w : renderer.render(scene, out)) {
                stdout.println(String.format(Locale.ROOT, "wrote %s  %s  (encoded in %.2f s)", w.file(), size(w.bytes()),
                        w.encodeSeconds()));
                stdout.flush();
            }
        }
        return 0;
    }

    private List<Path> sceneFiles() throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path p : scenes) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.list(p)) {
                    s.filter(f -> f.getFileName().toString().matches(".*\\.ya?ml")).sorted().forEach(files::add);
                }
            } else {
                files.add(p);
            }
        }
        return files;
    }

    private static String size(long bytes) {
        return bytes >= 1 << 20 ? String.format(Locale.ROOT, "%.2f MB", bytes / 1048576.0)
                : String.format(Locale.ROOT, "%.1f kB", bytes / 1024.0);
    }
}
