package figs.render.bench;

import figs.output.Frame;
import figs.render.scene.SceneLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * Not a test: the writers' benchmark on a real scene (scripts/bench-output). Draws the scene's frames
 * once, writes them as PNG files, encodes them with our GIF and MP4 writers and with ImageMagick,
 * gifsicle and libx264, and prints a Markdown report of size, time and PSNR.
 * Arguments: scene file, work folder (emptied of old results by the script), ImageMagick's convert.
 */
public final class OutputBench {
    private OutputBench() {}

    public static void main(String[] args) throws Exception {
        Path scene = Path.of(args[0]), folder = Path.of(args[1]);
        String convert = args.length > 2 ? args[2] : "/usr/bin/convert";
        Files.createDirectories(folder);
        long start = System.nanoTime();
        List<Frame> frames = SceneFrames.draw(new SceneLoader().load(scene));
        var first = frames.getFirst().raster();
        System.out.printf(Locale.ROOT, "# %s: %d frames of %dx%d, drawn in %.1f s; %s%n%n", scene.getFileName(), frames.size(),
                first.getWidth(), first.getHeight(), (System.nanoTime() - start) / 1e9, LocalDate.now());

        System.out.println("## PNG\n\n" + PngBench.run(frames, folder).markdown() + "\n");

        // -Dfigs.bench.only=mp4 leaves the GIF writers out (ImageMagick takes most of the benchmark's time).
        if (!"mp4".equals(System.getProperty("figs.bench.only"))) {
            System.out.println("## GIF (RGB PSNR of every frame decoded by ffmpeg)\n");
            System.out.println("| encoder | bytes | seconds | mean dB | worst frame dB |\n| --- | ---: | ---: | ---: | ---: |");
            for (Row row : GifBench.run(frames, folder, convert)) System.out.println(row.markdown());
        }

        System.out.println("\n## MP4 (luma PSNR of every frame decoded by ffmpeg)\n");
        System.out.println("| encoder | bytes | seconds | mean dB vs BT.601 | worst dB vs BT.601 | mean dB vs ffmpeg yuv420p"
                + " | worst dB vs ffmpeg yuv420p |\n| --- | ---: | ---: | ---: | ---: | ---: | ---: |");
        for (Row row : Mp4Bench.run(frames, folder)) System.out.println(row.markdown());
    }
}
