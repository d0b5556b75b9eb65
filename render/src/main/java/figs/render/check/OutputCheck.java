package figs.render.check;

import figs.render.check.Verdict.Score;
import figs.render.check.Verdict.Status;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * Compares one freshly rendered file with its {@code figures.lock} entry. The same bytes pass at once.
 * Otherwise every frame is decoded and compared: with the committed file, when there is one and it is
 * the file the lock describes, pixel by pixel; else with the lock's fingerprints. Then:
 * <ul>
 *   <li>the same pixels in every frame pass (only the container's bytes changed);</li>
 *   <li>a different frame count fails;</li>
 *   <li>changed pixels fail when the scene was edited since it was locked: an edit that changes a figure
 *       has to be accepted by locking again, however small the change;</li>
 *   <li>changed pixels of the very scene locked (another machine, JDK or figs version) pass with a
 *       note when no frame's RMS difference exceeds the tolerance, and fail otherwise.</li>
 * </ul>
 */
public final class OutputCheck {
    private OutputCheck() {}

    /**
     * @param committed the file as committed (e.g. in {@code figures/}), or null
     * @param sceneSha  SHA-256 of the scene as it is now
     * @param tolerance the largest RMS difference on 0-255 a frame may have and pass
     */
    public static Verdict compare(Path actual, String name, LockEntry locked, Path committed, String sceneSha,
                                  double tolerance) throws IOException {
        if (sha256(actual).equals(locked.sha256())) return new Verdict(name, Status.IDENTICAL, locked.frameCount(), List.of(), true, "");
        boolean full = committed != null && Files.isRegularFile(committed) && sha256(committed).equals(locked.sha256());
        List<Score> scores = new ArrayList<>();
        int actualFrames = 0;
        String resized = "";
        try (FrameReader now = FrameReader.open(actual); FrameReader then = full ? FrameReader.open(committed) : null) {
            for (BufferedImage frame; (frame = now.next()) != null; actualFrames++) {
                if (actualFrames >= locked.frameCount()) continue;
                BufferedImage expected = full ? then.next() : null;
                if (expected != null && (expected.getWidth() != frame.getWidth() || expected.getHeight() != frame.getHeight())) {
                    // Pixels cannot be paired up; the fingerprints, made at any size, still compare.
                    resized = String.format(Locale.ROOT, "frames are %dx%d, and were %dx%d", frame.getWidth(), frame.getHeight(),
                            expected.getWidth(), expected.getHeight());
                    full = false;
                }
                scores.add(full ? score(expected, frame) : score(locked.frames().get(actualFrames), Fingerprint.of(frame)));
            }
        }
        boolean edited = !sceneSha.equals(locked.sceneSha256());
        String since = join(resized, edited ? "the scene changed since it was locked" : "");
        if (actualFrames != locked.frameCount()) {
            String counts = String.format(Locale.ROOT, "%d %s, and figures.lock has %d", actualFrames,
                    actualFrames == 1 ? "frame" : "frames", locked.frameCount());
            return new Verdict(name, Status.DIFFERENT, scores.size(), scores, full, join(counts, since));
        }
        if (scores.stream().noneMatch(Score::changed)) {
            return new Verdict(name, Status.SAME_PIXELS, actualFrames, scores, full, "bytes changed, not what a viewer sees");
        }
        double worst = scores.stream().mapToDouble(Score::rms).max().orElse(0);
        if (edited || !resized.isEmpty()) {
            return new Verdict(name, Status.DIFFERENT, actualFrames, scores, full, since + "; 'figs lock' accepts the change");
        }
        if (worst <= tolerance) {
            return new Verdict(name, Status.WITHIN_TOLERANCE, actualFrames, scores, full,
                    String.format(Locale.ROOT, "within the tolerance of %s", number(tolerance)));
        }
        return new Verdict(name, Status.DIFFERENT, actualFrames, scores, full,
                String.format(Locale.ROOT, "beyond the tolerance of %s", number(tolerance)));
    }

    private static Score score(BufferedImage expected, BufferedImage actual) {
        if (expected == null) throw new IllegalStateException("the committed file has fewer frames than the lock records");
        double rms = FrameDifference.rms(expected, actual);
        return rms == 0 ? Score.SAME : new Score(true, rms);
    }

    private static Score score(Fingerprint expected, Fingerprint actual) {
        return expected.pixels().equals(actual.pixels()) ? Score.SAME : new Score(true, expected.thumbnailRms(actual));
    }

    private static String join(String a, String b) {
        return a.isEmpty() ? b : b.isEmpty() ? a : a + "; " + b;
    }

    static String number(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }

    /** SHA-256 of a file's bytes, in hex. */
    public static String sha256(Path file) throws IOException {
        MessageDigest sha = Fingerprint.sha256();
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) > 0; ) sha.update(buffer, 0, n);
        }
        return HexFormat.of().formatHex(sha.digest());
    }
}
