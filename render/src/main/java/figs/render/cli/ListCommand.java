package figs.render.cli;

import figs.render.scene.Scene;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code figs list [folders or scenes]...}: each scene with its frame count and files, without training anything. */
@Command(name = "list", mixinStandardHelpOptions = true, versionProvider = Figs.Version.class,
        description = "Lists each scene with its frame count and the files it writes (checks the scenes, trains nothing).")
final class ListCommand implements Callable<Integer> {
    @Parameters(arity = "0..*", paramLabel = "SCENE", description = "Scene files, or folders of *.yaml scene files (default: scenes).")
    List<Path> scenes = List.of(Path.of("scenes"));

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        List<Scene> loaded = RenderCommand.load(SceneFiles.of(scenes), spec.commandLine().getErr());
        if (loaded == null) return Figs.BAD_SCENE;
        PrintWriter out = spec.commandLine().getOut();
        int width = loaded.stream().mapToInt(s -> s.name().length()).max().orElse(0);
        for (Scene scene : loaded) {
            int frames = frames(scene);
            List<String> files = scene.outputs().stream().map(o -> scene.name() + o.suffix()).toList();
            out.println(String.format("%-" + width + "s  %4d %s  %s", scene.name(), frames, frames == 1 ? "frame " : "frames",
                    String.join(" ", files)));
        }
        out.flush();
        return 0;
    }

    /** How many frames the timeline has, read from the runs' settings: one per epoch, step, split or sweep item, or one still. */
    static int frames(Scene scene) {
        return scene.frames();
    }
}
