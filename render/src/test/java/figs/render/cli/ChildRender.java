package figs.render.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * A render in its own JVM (the test's class path, main figs.render.cli.Figs), so that it can be
 * killed as a user's would be: no shutdown hooks, no finally blocks, file handles cut mid-write.
 */
final class ChildRender {
    private ChildRender() {}

    static Process start(Path scene, Path out, Path log) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = List.of(java, "--add-modules", "jdk.incubator.vector", "-Djava.awt.headless=true",
                "-cp", System.getProperty("java.class.path"), "figs.render.cli.Figs",
                "render", scene.toString(), "--out", out.toString(), "--no-cache", "--jobs", "1");
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }
}
