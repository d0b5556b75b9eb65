package figs.render.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class FigsTest {
    @TempDir
    Path folder;

    @Test
    void badSceneExitsWithTwoNamesTheLineAndWritesNothing() throws IOException {
        Path scene = folder.resolve("bad.yaml");
        Files.writeString(scene, Files.readString(Path.of("..", "scenes", "boundary-circles.yaml"))
                .replace("epochs: 50", "epochs: -3"));
        Path out = folder.resolve("figures");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        CommandLine cli = new CommandLine(new Figs());
        cli.setErr(new java.io.PrintWriter(new PrintStream(err), true));
        int code = cli.execute("render", scene.toString(), "--out", out.toString());
        assertEquals(Figs.BAD_SCENE, code);
        String message = err.toString();
        assertTrue(message.startsWith(scene + ":"), message);
        assertTrue(message.contains("'epochs' is -3"), message);
        assertTrue(!message.contains("Exception"), "no stack trace: " + message);
        assertTrue(Files.notExists(out), "nothing written");
    }

    @Test
    void helpListsRender() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CommandLine cli = new CommandLine(new Figs());
        cli.setOut(new java.io.PrintWriter(new PrintStream(out), true));
        assertEquals(0, cli.execute("--help"));
        assertTrue(out.toString().contains("render"), out.toString());
    }
}
