package figs.render.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Runs another program (ImageMagick, gifsicle, ffmpeg) in a folder and returns its wall-clock time. */
final class Tool {
    private Tool() {}

    /** Seconds from start to exit; fails unless the program exits with 0. Its output goes to a log file, not the report. */
    static double time(Path folder, String... command) throws IOException, InterruptedException {
        Path log = folder.resolve("tools.log");
        long start = System.nanoTime();
        Process process = new ProcessBuilder(List.of(command)).directory(folder.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        int status = process.waitFor();
        double seconds = (System.nanoTime() - start) / 1e9;
        if (status != 0) throw new IOException(String.join(" ", command) + " exited with " + status + "; see " + log);
        return seconds;
    }
}
