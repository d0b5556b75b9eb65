package figs.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/** Runs the command-line tools tests check against (ffmpeg, ffprobe) and returns what they print. */
public final class Processes {
    private Processes() {}

    /** Standard output of {@code command}; fails the test when the tool is missing or exits non-zero. */
    public static ByteArrayOutputStream run(String... command) throws IOException, InterruptedException {
        Process process;
        try {
            process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        } catch (IOException e) {
            throw new AssertionError(command[0] + " is needed by this test and was not found; install ffmpeg", e);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (InputStream in = process.getInputStream()) {
            in.transferTo(out);
        }
        assertEquals(0, process.waitFor(), String.join(" ", command));
        return out;
    }
}
