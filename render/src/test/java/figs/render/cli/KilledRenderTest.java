package figs.render.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import figs.output.FolderLock;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * A render killed with SIGKILL at several moments leaves every output either the old complete file or
 * a new complete one; its temporary files are removed by the next render; and a second render into a
 * folder that is being written is refused.
 */
class KilledRenderTest {
    private static final Path BASE = Path.of("src", "test", "resources", "bad-scenes-base.yaml");
    /**
     * Moments to kill at, as fractions of a whole render's time: training, drawing frames, and (files
     * are written as the render ends) the encoding and the writing of each file.
     */
    private static final double[] KILL_AT = {0.3, 0.7, 0.85, 0.92, 0.97, 0.99};
    private static final long WHOLE_RENDER_S = 300;

    @TempDir
    Path folder;

    @Test
    void killedAtAnyMomentLeavesOldOrNewCompleteFilesOnly() throws Exception {
        Path out = folder.resolve("figures");
        Path scene = folder.resolve("killed.yaml");
        Files.writeString(scene, scene("old"));
        long start = System.nanoTime();
        assertEquals(0, renderToTheEnd(scene, out), log());
        long wholeMs = (System.nanoTime() - start) / 1_000_000;
        Map<Path, byte[]> old = outputs(out);
        assertEquals(4, old.size(), old.keySet().toString());
        Files.writeString(scene, scene("new"));
        for (double at : KILL_AT) {
            long ms = Math.round(at * wholeMs);
            Process child = ChildRender.start(scene, out, folder.resolve("child.log"));
            Thread.sleep(ms);
            child.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            for (var entry : outputs(out).entrySet()) {
                boolean same = Arrays.equals(old.get(entry.getKey()), entry.getValue());
                assertTrue(same || CompleteFiles.complete(entry.getKey()), "killed after " + ms + " ms: torn " + entry.getKey());
            }
            assertEquals(old.keySet(), outputs(out).keySet(), "killed after " + ms + " ms");
            long replaced = outputs(out).entrySet().stream().filter(e -> !Arrays.equals(old.get(e.getKey()), e.getValue())).count();
            System.out.println("killed after " + ms + " ms: " + replaced + " files new, " + temporaries(out).size() + " temporary files left");
        }
        assertEquals(0, renderToTheEnd(scene, out), log());
        for (Path file : outputs(out).keySet()) assertTrue(CompleteFiles.complete(file), file.toString());
        assertEquals(List.of(), temporaries(out), "the next render removes what a killed one left");
    }

    @Test
    void aSecondRenderIntoAFolderBeingWrittenIsRefused() throws Exception {
        Path out = folder.resolve("figures");
        Path scene = folder.resolve("locked.yaml");
        Files.writeString(scene, scene("first"));
        Process child = ChildRender.start(scene, out, folder.resolve("child.log"));
        try {
            awaitLockHeld(child);
            StringWriter err = new StringWriter();
            CommandLine cli = Figs.commandLine();
            cli.setErr(new PrintWriter(err, true));
            cli.setOut(new PrintWriter(new StringWriter(), true));
            assertEquals(1, cli.execute("render", scene.toString(), "--out", out.toString(), "--no-cache"));
            assertTrue(err.toString().contains("another figs render is writing into this folder"), err.toString());
        } finally {
            child.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
        // The lock goes with its process, however it ended.
        try (FolderLock lock = FolderLock.acquire(out)) {
            assertTrue(Files.exists(out.resolve(FolderLock.FILE)));
        }
    }

    /**
     * Waits for the child's first log line, which it prints only once it holds the lock. Probing the
     * lock from here instead would hold it for a moment and could make the child itself give up.
     */
    private void awaitLockHeld(Process child) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline && child.isAlive()) {
            if (log().contains("trained")) return;
            Thread.sleep(20);
        }
        throw new AssertionError("the child never held the lock: " + log());
    }

    private int renderToTheEnd(Path scene, Path out) throws Exception {
        Process child = ChildRender.start(scene, out, folder.resolve("child.log"));
        assertTrue(child.waitFor(WHOLE_RENDER_S, TimeUnit.SECONDS), "render finished");
        return child.exitValue();
    }

    /** Many frames (an epoch each) of a small figure in every raster and vector format. */
    private static String scene(String title) throws IOException {
        return Files.readString(BASE).replace("epochs: 20", "epochs: 120").replace("title: \"epoch", "title: \"" + title + " epoch")
                .replace("  png: {frame: last}\n", "  png: {frame: last}\n  svg: {frame: last}\n");
    }

    private static Map<Path, byte[]> outputs(Path out) throws IOException {
        Map<Path, byte[]> files = new LinkedHashMap<>();
        try (Stream<Path> list = Files.list(out)) {
            for (Path file : list.sorted().toList()) {
                if (!file.getFileName().toString().startsWith(".")) files.put(file, Files.readAllBytes(file));
            }
        }
        return files;
    }

    private static List<Path> temporaries(Path out) throws IOException {
        try (Stream<Path> list = Files.list(out)) {
            return list.filter(f -> f.getFileName().toString().endsWith(".part")).toList();
        }
    }

    private String log() throws IOException {
        Path log = folder.resolve("child.log");
        return Files.exists(log) ? Files.readString(log) : "";
    }
}
