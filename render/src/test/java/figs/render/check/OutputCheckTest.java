package figs.render.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import figs.render.check.Verdict.Status;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The rules of {@link OutputCheck} on PNG files whose differences are known exactly. */
class OutputCheckTest {
    private static final String SCENE = "aa".repeat(32);
    private static final String EDITED = "bb".repeat(32);
    private static final double TOLERANCE = 1.0;

    @TempDir
    Path folder;

    /** Flat bands with an edge, 120 x 90, every sample raised by {@code shift} (no sample above 250). */
    private static BufferedImage picture(int shift) {
        return FingerprintTest.image(120, 90, (x, y) -> {
            int v = x + y < 100 ? 0x3288bd : 0xe0c080;
            return v + (shift << 16 | shift << 8 | shift);
        });
    }

    private Path png(String name, BufferedImage image) throws IOException {
        Path file = folder.resolve(name);
        ImageIO.write(image, "png", file.toFile());
        return file;
    }

    private LockEntry lock(Path file, String scene) throws IOException {
        return LockEntry.of(file, "scenes/x.yaml", scene, "test");
    }

    @Test
    void theSameBytesAreIdentical() throws IOException {
        Path file = png("a.png", picture(0));
        Verdict v = OutputCheck.compare(file, "a.png", lock(file, SCENE), null, SCENE, TOLERANCE);
        assertEquals(Status.IDENTICAL, v.status());
    }

    @Test
    void otherBytesWithTheSamePixelsPass() throws IOException {
        Path locked = png("locked.png", picture(0));
        // The same picture stored with an alpha channel: another PNG colour type, other bytes.
        BufferedImage argb = new BufferedImage(120, 90, BufferedImage.TYPE_INT_ARGB);
        argb.getGraphics().drawImage(picture(0), 0, 0, null);
        Path now = png("now.png", argb);
        assertNotEquals(OutputCheck.sha256(locked), OutputCheck.sha256(now));
        Verdict v = OutputCheck.compare(now, "a.png", lock(locked, SCENE), null, EDITED, TOLERANCE);
        assertEquals(Status.SAME_PIXELS, v.status(), v.summary());
        assertTrue(v.passes());
    }

    @Test
    void driftWithinTheToleranceOfTheSceneLockedPassesWithANote() throws IOException {
        Path locked = png("locked.png", picture(0));
        Path now = png("now.png", picture(1)); // every sample one level up: RMS exactly 1
        Verdict v = OutputCheck.compare(now, "a.png", lock(locked, SCENE), locked, SCENE, TOLERANCE);
        assertEquals(Status.WITHIN_TOLERANCE, v.status(), v.summary());
        assertEquals("a.png: differs, RMS 1.0; within the tolerance of 1", v.summary());
        assertTrue(v.fullFrames());
    }

    @Test
    void driftBeyondTheToleranceFails() throws IOException {
        Path locked = png("locked.png", picture(0));
        Path now = png("now.png", picture(3));
        Verdict v = OutputCheck.compare(now, "a.png", lock(locked, SCENE), locked, SCENE, TOLERANCE);
        assertEquals(Status.DIFFERENT, v.status());
        assertEquals("a.png: differs, RMS 3.0; beyond the tolerance of 1", v.summary());
        assertTrue(OutputCheck.compare(now, "a.png", lock(locked, SCENE), locked, SCENE, 3.0).passes(), "a scene may allow more");
    }

    @Test
    void anyChangedPixelFailsOnceTheSceneWasEdited() throws IOException {
        Path locked = png("locked.png", picture(0));
        BufferedImage one = picture(0);
        one.setRGB(5, 5, 0x3288be); // one sample of one pixel, one level
        Path now = png("now.png", one);
        Verdict v = OutputCheck.compare(now, "a.png", lock(locked, SCENE), locked, EDITED, 100);
        assertEquals(Status.DIFFERENT, v.status());
        assertTrue(v.summary().endsWith("the scene changed since it was locked; 'figs lock' accepts the change"), v.summary());
    }

    @Test
    void withoutTheCommittedFileTheLocksThumbnailsEstimateTheDifference() throws IOException {
        Path locked = png("locked.png", picture(0));
        LockEntry entry = lock(locked, SCENE);
        Files.delete(locked);
        Path now = png("now.png", picture(3));
        Verdict v = OutputCheck.compare(now, "a.png", entry, locked, SCENE, TOLERANCE);
        assertFalse(v.fullFrames());
        assertEquals("a.png: differs, RMS 3.0 (from the lock's 8x8 thumbnails); beyond the tolerance of 1", v.summary());
    }

    @Test
    void aCommittedFileThatIsNotTheLockedOneIsNotTrusted() throws IOException {
        Path locked = png("locked.png", picture(0));
        LockEntry entry = lock(locked, SCENE);
        Path stale = png("stale.png", picture(40));
        Verdict v = OutputCheck.compare(png("now.png", picture(3)), "a.png", entry, stale, SCENE, TOLERANCE);
        assertFalse(v.fullFrames(), "compared with the lock, not with a file the lock does not describe");
        assertEquals(3.0, v.scores().get(0).rms(), 1e-9);
    }

    @Test
    void anotherFrameCountFails() throws IOException {
        Path locked = png("locked.png", picture(0));
        LockEntry one = lock(locked, SCENE);
        LockEntry two = new LockEntry(one.scene(), one.sceneSha256(), one.figs(), one.sha256().replace('a', 'b'), one.bytes(), 2,
                java.util.List.of(one.frames().get(0), one.frames().get(0)));
        Verdict v = OutputCheck.compare(png("now.png", picture(0)), "a.png", two, null, SCENE, TOLERANCE);
        assertEquals(Status.DIFFERENT, v.status());
        assertTrue(v.summary().contains("1 frame, and figures.lock has 2"), v.summary());
    }
}
