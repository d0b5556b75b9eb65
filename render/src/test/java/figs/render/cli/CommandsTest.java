package figs.render.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import figs.render.pipeline.SmallScenes;
import figs.render.run.ToolVersion;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The subcommands as a user meets them: options, exit codes and what they print. */
class CommandsTest {
    @TempDir
    Path work;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    void everyCommandHasHelp() {
        for (String command : List.of("render", "lock", "check", "list", "schema", "watch")) {
            assertEquals(0, run(command, "--help"), command);
            assertTrue(out.toString().contains("Usage: figs " + command), out.toString());
        }
        assertEquals(0, run("--help"));
        assertTrue(out.toString().contains("Exit codes"), out.toString());
    }

    @Test
    void versionIsTheMavenProjectVersion() {
        assertEquals(0, run("--version"));
        assertEquals("figs " + ToolVersion.version(), out.toString().strip());
        assertTrue(ToolVersion.version().matches("\\d+\\.\\d+\\.\\d+.*"), ToolVersion.version());
    }

    @Test
    void onlyRendersTheNamedSceneAndFramesLimitTheFrames() throws IOException {
        Path scenes = work.resolve("scenes");
        SmallScenes.write(scenes, "small", SmallScenes.BOUNDARY);
        SmallScenes.write(scenes, "other", SmallScenes.BOUNDARY);
        Path figures = work.resolve("figures");
        assertEquals(0, run("render", scenes.toString(), "--out", figures.toString(), "--only", "small", "--frames", "0-1",
                "--jobs", "2"), err.toString());
        assertTrue(Files.exists(figures.resolve("small.gif")));
        assertFalse(Files.exists(figures.resolve("other.gif")), "--only small");
        assertTrue(out.toString().contains("small: drew 2 frames"), out.toString());
        assertTrue(Files.isDirectory(work.resolve(OutputOptions.CACHE_FOLDER)), "the cache sits next to the output folder");
    }

    /**
     * A second render of an unchanged scene leaves its files alone; an edit of the scene, a missing file
     * or --force renders it again.
     */
    @Test
    void aSceneWhoseFilesAreCurrentIsSkipped() throws IOException {
        Path scene = SmallScenes.write(work, "small", SmallScenes.BOUNDARY);
        Path figures = work.resolve("figures");
        assertEquals(0, run("render", scene.toString(), "--out", figures.toString()), err.toString());
        var written = Files.getLastModifiedTime(figures.resolve("small.gif"));
        assertEquals(0, run("render", scene.toString(), "--out", figures.toString()), err.toString());
        assertTrue(out.toString().contains("small: up to date"), out.toString());
        assertEquals(written, Files.getLastModifiedTime(figures.resolve("small.gif")), "the file was not rewritten");
        Files.writeString(scene, Files.readString(scene) + "\n# an edit\n");
        assertEquals(0, run("render", scene.toString(), "--out", figures.toString()), err.toString());
        assertEquals(2, count(out.toString(), "small: done in"), "an edited scene renders again");
        Files.delete(figures.resolve("small.gif"));
        assertEquals(0, run("render", scene.toString(), "--out", figures.toString()), err.toString());
        assertTrue(Files.exists(figures.resolve("small.gif")), "a missing file renders the scene again");
        assertEquals(0, run("render", scene.toString(), "--out", figures.toString(), "--force"), err.toString());
        assertEquals(4, count(out.toString(), "small: done in"), "--force");
    }

    private static int count(String text, String fragment) {
        return text.split(java.util.regex.Pattern.quote(fragment), -1).length - 1;
    }

    @Test
    void anUnknownSceneNameSuggestsTheNearest() throws IOException {
        SmallScenes.write(work, "small", SmallScenes.BOUNDARY);
        assertEquals(Figs.FAILURE, run("render", work.toString(), "--only", "smal", "--out", work.resolve("f").toString()));
        assertTrue(err.toString().contains("Did you mean 'small'?"), err.toString());
        assertEquals(1, err.toString().strip().lines().count(), "one paragraph: " + err);
    }

    @Test
    void aBadOptionExitsWithOne() {
        assertEquals(Figs.FAILURE, run("render", "x.yaml", "--frames", "9-3"));
        assertTrue(err.toString().startsWith("figs: "), err.toString());
    }

    @Test
    void aFileThatCannotBeWrittenExitsWithOneInOneParagraph() throws IOException {
        Path scene = SmallScenes.write(work, "small", SmallScenes.BOUNDARY);
        Path notAFolder = Files.writeString(work.resolve("file"), "");
        assertEquals(Figs.FAILURE, run("render", scene.toString(), "--out", notAFolder.toString(), "--no-cache"));
        // The output folder is locked before any scene renders, so the folder, not a scene, is named.
        assertTrue(err.toString().contains("figs: " + notAFolder + " is in the way"), err.toString());
        assertFalse(err.toString().contains("Exception"), err.toString());
    }

    @Test
    void debugAddsTheStackTraceAfterTheMessage() throws IOException {
        Path scene = SmallScenes.write(work, "small", SmallScenes.BOUNDARY.replace("epochs: 6", "epochs: -6"));
        assertEquals(Figs.BAD_SCENE, run("render", scene.toString(), "--out", work.resolve("figures").toString()));
        assertFalse(err.toString().contains("\tat figs."), "no stack trace without --debug: " + err);
        assertEquals(Figs.BAD_SCENE, run("render", scene.toString(), "--out", work.resolve("figures").toString(), "--debug"));
        assertTrue(err.toString().contains("small.yaml:") && err.toString().contains("\tat figs.render.scene."), err.toString());
    }

    @Test
    void listPrintsFramesAndFilesWithoutTraining() throws IOException {
        SmallScenes.write(work, "small", SmallScenes.BOUNDARY);
        assertEquals(0, run("list", work.toString()));
        assertEquals("small  6 frames  small.gif small.mp4 small.svg small.png small-frames.png",
                out.toString().strip().replaceAll(" +", " ").replace("small 6", "small  6").replace("frames small", "frames  small"));
        assertFalse(out.toString().contains("trained"));
    }

    @Test
    void listOfABadSceneExitsWithTwo() throws IOException {
        SmallScenes.write(work, "small", SmallScenes.BOUNDARY.replace("epochs: 6", "epochs: -6"));
        assertEquals(Figs.BAD_SCENE, run("list", work.toString()));
        assertTrue(err.toString().contains("small.yaml:"), err.toString());
    }

    private int run(String... args) {
        CommandLine cli = Figs.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }
}
