package figs.render.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import figs.output.FolderLock;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** An output that is a symbolic link stops the render before anything is computed, and both ends stay as they were. */
class SymlinkOutputTest {
    /** A still with no training: the refusal, not the render, is what takes the time. */
    private static final Path SCENE = Path.of("..", "scenes", "activations.yaml");

    @TempDir
    Path folder;

    @Test
    void aLinkInTheOutputFolderIsRefused() throws IOException {
        Path outside = folder.resolve("elsewhere.png");
        Files.writeString(outside, "not a figure");
        Path out = Files.createDirectory(folder.resolve("figures"));
        Path link = Files.createSymbolicLink(out.resolve("activations.png"), outside);
        StringWriter err = new StringWriter();
        CommandLine cli = Figs.commandLine();
        cli.setErr(new PrintWriter(err, true));
        cli.setOut(new PrintWriter(new StringWriter(), true));
        int code = cli.execute("render", SCENE.toString(), "--out", out.toString(), "--no-cache");
        assertEquals(1, code, err.toString());
        assertTrue(err.toString().contains(link + ": is a symbolic link"), err.toString());
        assertTrue(Files.isSymbolicLink(link));
        assertEquals("not a figure", Files.readString(outside));
        try (var files = Files.list(out)) {
            assertEquals(1, files.filter(f -> !f.getFileName().toString().equals(FolderLock.FILE)).count(), "nothing else written");
        }
    }
}
