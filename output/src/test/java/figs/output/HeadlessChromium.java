package figs.output;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Opens a local page in headless Chromium (Debian's {@code chromium}, installed by {@code .ci/run}) and
 * returns the DOM after the page's scripts have run. Virtual time lets the page run its timers and
 * media loading for {@link #VIRTUAL_TIME_MS} without waiting that long; nothing touches the network.
 */
public final class HeadlessChromium {
    static final int VIRTUAL_TIME_MS = 10_000;
    /** Wall-clock limit for one page: a browser that hangs fails the test instead of stalling the build. */
    static final long TIMEOUT_SECONDS = 120;
    /** Headless, as root in a container (no sandbox), and with nothing that calls home or syncs. */
    private static final List<String> FLAGS = List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
            "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--virtual-time-budget=" + VIRTUAL_TIME_MS);

    private HeadlessChromium() {}

    /** The serialized DOM of {@code page} once virtual time has run out; a fresh profile each time. */
    public static String dumpDom(Path page) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory("figs-chromium");
        try {
            List<String> command = new java.util.ArrayList<>(List.of("chromium"));
            command.addAll(FLAGS);
            command.addAll(List.of("--user-data-dir=" + profile, "--dump-dom", page.toUri().toString()));
            return run(command);
        } finally {
            deleteTree(profile);
        }
    }

    private static String run(List<String> command) throws IOException, InterruptedException {
        Process process;
        try {
            // Chromium's stderr is D-Bus and GPU chatter in a container; only the DOM on stdout matters.
            process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException e) {
            throw new AssertionError("chromium is needed by this test and was not found; install it (apt-get install chromium)", e);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Thread reader = Thread.ofVirtual().start(() -> {
            try (InputStream in = process.getInputStream()) {
                in.transferTo(out);
            } catch (IOException ignored) {
                // The process died; its exit status below says so.
            }
        });
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            throw new AssertionError("chromium did not finish within " + TIMEOUT_SECONDS + " s");
        }
        reader.join();
        if (process.exitValue() != 0) throw new AssertionError("chromium exited with " + process.exitValue());
        return out.toString(StandardCharsets.UTF_8);
    }

    private static void deleteTree(Path root) throws IOException {
        try (var paths = Files.walk(root)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }
}
