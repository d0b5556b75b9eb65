package figs.render.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import figs.render.pipeline.SmallScenes;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** A short-lived watcher: it renders on every save, reports a bad scene and keeps watching, and stops when interrupted. */
class WatchCommandTest {
    private static final long TIMEOUT_MILLIS = 60_000;

    @TempDir
    Path work;

    @Test
    void rendersOnEverySaveAndOutlivesABadScene() throws Exception {
        Path scene = SmallScenes.write(work, "small", SmallScenes.BOUNDARY);
        Path figures = work.resolve("figures");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        AtomicInteger code = new AtomicInteger(-1);
        CommandLine cli = Figs.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        Thread watcher = new Thread(() -> code.set(cli.execute("watch", scene.toString(), "--out", figures.toString(),
                "--cache", work.resolve("cache").toString(), "--frames", "0-1")));
        watcher.start();
        try {
            await(() -> out.toString().contains("watching"), out);
            assertEquals(1, renders(out));

            Files.writeString(scene, SmallScenes.BOUNDARY.replace("epoch {epoch:03d}", "epoch {epoch}"));
            await(() -> renders(out) == 2, out);

            Files.writeString(scene, SmallScenes.BOUNDARY.replace("epochs: 6", "epochs: -3"));
            await(() -> err.toString().contains("'epochs' is -3"), err);
            assertTrue(err.toString().contains(scene + ":"), "file:line:column: " + err);

            Files.writeString(scene, SmallScenes.BOUNDARY);
            await(() -> renders(out) == 3, out);
            assertTrue(watcher.isAlive(), "still watching");
        } finally {
            watcher.interrupt();
            watcher.join(TIMEOUT_MILLIS);
        }
        assertFalse(watcher.isAlive());
        assertEquals(0, code.get());
        assertEquals(1, out.toString().lines().filter(l -> l.contains("trained network")).count(),
                "trained once; the style edit came from the cache: " + out);
    }

    /** Renders so far: each writes the GIF once. */
    private static int renders(StringWriter out) {
        return (int) out.toString().lines().filter(l -> l.startsWith("wrote ") && l.contains("small.gif")).count();
    }

    private static void await(BooleanSupplier condition, StringWriter seen) throws InterruptedException {
        long end = System.currentTimeMillis() + TIMEOUT_MILLIS;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > end) throw new AssertionError("timed out; so far:\n" + seen);
            Thread.sleep(50);
        }
    }
}
