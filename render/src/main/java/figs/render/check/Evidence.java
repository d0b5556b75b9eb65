package figs.render.check;

import figs.output.AtomicFile;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import javax.imageio.ImageIO;

/**
 * The pictures that show how an output differs, written into a folder of their own: the worst frames
 * side by side with what was expected, and a contact sheet of every frame that differs.
 *
 * @param worst  the side-by-side pictures, worst frame first, relative to the report's folder
 * @param sheet  the contact sheet, relative to the report's folder
 * @param shown  how many differing frames the sheet holds (at most {@link #SHEET_FRAMES})
 */
public record Evidence(List<String> worst, String sheet, int shown) {
    /** Side-by-side pictures per output: enough to see the kind of change, few enough to open. */
    static final int WORST = 3;
    /** Frames on one contact sheet; more would shrink each one past reading. */
    static final int SHEET_FRAMES = 60;
    private static final int SHEET_COLUMNS = 6;

    /**
     * Decodes {@code actual} again (and the committed file, when the verdict compared whole frames) to
     * draw the pictures into {@code report/<file name>/}.
     */
    public static Evidence write(Verdict verdict, Path actual, Path committed, LockEntry locked, Path report) throws IOException {
        List<Integer> differing = IntStream.range(0, verdict.scores().size()).filter(i -> verdict.scores().get(i).changed()).boxed().toList();
        List<Integer> worst = differing.stream()
                .sorted(Comparator.comparingDouble((Integer i) -> -verdict.scores().get(i).rms()).thenComparing(i -> i))
                .limit(WORST).toList();
        List<Integer> onSheet = differing.subList(0, Math.min(SHEET_FRAMES, differing.size()));
        String folder = verdict.file();
        Files.createDirectories(report.resolve(folder));
        String[] worstFiles = new String[worst.size()];
        List<BufferedImage> cells = new ArrayList<>();
        String expectedLabel = verdict.fullFrames() ? "expected" : "expected (8x8 thumbnail in figures.lock)";
        try (FrameReader now = FrameReader.open(actual); FrameReader then = verdict.fullFrames() ? FrameReader.open(committed) : null) {
            BufferedImage frame;
            for (int i = 0; i < verdict.scores().size() && (frame = now.next()) != null; i++) {
                BufferedImage before = then == null ? null : then.next();
                boolean inWorst = worst.contains(i);
                if (!inWorst && !onSheet.contains(i)) continue;
                BufferedImage expected = before != null ? before : Thumbnails.enlarged(locked.frames().get(i), frame.getWidth(), frame.getHeight());
                int[] difference = before != null ? FrameDifference.largest(before, frame)
                        : Thumbnails.difference(locked.frames().get(i), Fingerprint.of(frame), frame.getWidth(), frame.getHeight());
                double rms = verdict.scores().get(i).rms();
                if (inWorst) {
                    String name = String.format(Locale.ROOT, "%s/frame-%03d.png", folder, i);
                    write(DiffPictures.sideBySide(expected, frame, difference, expectedLabel,
                            verdict.file() + ": " + DiffPictures.frameLabel(i, rms)), report.resolve(name));
                    worstFiles[worst.indexOf(i)] = name;
                }
                if (onSheet.contains(i)) cells.add(DiffPictures.cell(frame, difference, DiffPictures.frameLabel(i, rms)));
            }
        }
        String sheet = folder + "/differing-frames.png";
        write(DiffPictures.sheet(cells, SHEET_COLUMNS), report.resolve(sheet));
        return new Evidence(List.of(worstFiles), sheet, cells.size());
    }

    private static void write(BufferedImage image, Path file) throws IOException {
        AtomicFile.write(file, out -> {
            if (!ImageIO.write(image, "png", out)) throw new IOException("no PNG writer in this JDK");
        });
    }
}
