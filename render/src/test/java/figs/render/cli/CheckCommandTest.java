package figs.render.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import figs.output.HeadlessChromium;
import figs.render.check.LockEntry;
import figs.render.check.LockFile;
import figs.render.pipeline.SmallScenes;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code figs lock} and {@code figs check} on a small scene, as a CI job runs them. */
class CheckCommandTest {
    @TempDir
    Path work;

    private Path scenes;
    private Path lock;
    private Path figures;
    private Path report;
    private StringWriter out = new StringWriter();
    private StringWriter err = new StringWriter();

    @BeforeEach
    void lockTheSmallScene() throws IOException {
        scenes = work.resolve("scenes");
        lock = work.resolve("figures.lock");
        figures = work.resolve("figures");
        report = work.resolve("report");
        SmallScenes.write(scenes, "small", SmallScenes.BOUNDARY);
        assertEquals(0, run("lock", scenes.toString(), "--out", figures.toString(), "--lock", lock.toString()), err.toString());
        assertTrue(out.toString().contains("5 files of 1 scene locked (15 frames)"), out.toString());
        reset();
    }

    @Test
    void aFreshRenderOfTheLockedSceneIsIdenticalByteForByte() throws IOException {
        SortedMap<String, LockEntry> entries = LockFile.read(lock);
        assertEquals(SmallScenes.FILES.stream().sorted().toList(), List.copyOf(entries.keySet()));
        assertEquals("scenes/small.yaml", entries.get("small.gif").scene());
        assertEquals(6, entries.get("small.gif").frameCount());
        assertEquals(0, check(), err.toString());
        for (String file : SmallScenes.FILES) assertTrue(out.toString().contains(file + ": identical"), out.toString());
        assertTrue(out.toString().contains("figs check: 5 files: 5 identical, 0 pass with a note, 0 fail"), out.toString());
        assertFalse(Files.exists(report.resolve("report.html")), "nothing to report");
    }

    @Test
    void anotherThreadCountAndVectorWidthInAnotherJvmAreIdenticalByteForByte() throws Exception {
        for (List<String> settings : List.of(List.of("-Dfigs.threads=1", "-Dfigs.vector=128"), List.of("-Dfigs.threads=2", "-Dfigs.vector=scalar"))) {
            List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "--add-modules", "jdk.incubator.vector", "-Djava.awt.headless=true"));
            command.addAll(settings);
            command.addAll(List.of("-cp", System.getProperty("java.class.path"), "figs.render.cli.Figs", "check", scenes.toString(),
                    "--lock", lock.toString(), "--expected", figures.toString(), "--report", report.toString(), "--jobs", "1"));
            Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
            String log = new String(child.getInputStream().readAllBytes());
            assertEquals(0, child.waitFor(), settings + ": " + log);
            assertTrue(log.contains("5 files: 5 identical"), settings + ": " + log);
        }
    }

    @Test
    void anEditThatChangesPixelsFailsWithDiffPicturesAndAReportEveryImageOfWhichLoads() throws Exception {
        Path scene = scenes.resolve("small.yaml");
        Files.writeString(scene, Files.readString(scene).replace("title: \"epoch {epoch:03d}\"", "title: \"Epoch {epoch:03d}\""));
        assertEquals(CheckCommand.DIFFERS, check());
        String log = out.toString();
        Matcher gif = Pattern.compile("small\\.gif: 6 of 6 frames differ, worst RMS (\\d+\\.\\d) at frame \\d; the scene changed since it was locked")
                .matcher(log);
        assertTrue(gif.find(), log);
        assertTrue(Double.parseDouble(gif.group(1)) >= 1, "a retitled frame differs visibly: " + gif.group(1));
        assertTrue(log.contains("small.png: differs, RMS "), log);
        assertTrue(log.contains("figs check: 5 files: 0 identical, 0 pass with a note, 5 fail; report: " + report.resolve("report.html")), log);
        // Three worst frames side by side and a sheet of differing frames per animation; each picture a real PNG.
        List<Path> gifPictures;
        try (var listing = Files.list(report.resolve("small.gif"))) {
            gifPictures = listing.sorted().toList();
        }
        assertEquals(4, gifPictures.size(), "3 worst frames and the contact sheet: " + gifPictures);
        assertTrue(gifPictures.stream().filter(p -> p.getFileName().toString().matches("frame-00[0-5]\\.png")).count() == 3, gifPictures.toString());
        List<Path> pictures = new ArrayList<>(gifPictures);
        pictures.add(report.resolve("small.mp4/differing-frames.png"));
        pictures.add(report.resolve("small.svg/differing-frames.png"));
        for (Path picture : pictures) {
            BufferedImage image = ImageIO.read(picture.toFile());
            assertTrue(image != null && image.getWidth() > 100, picture.toString());
        }
        String html = Files.readString(report.resolve("report.html"));
        int images = count(html, "<img ");
        // Per file its worst frames (3 of the GIF's and the MP4's 6, the one of each still) and its sheet.
        assertEquals((3 + 1) + (3 + 1) + 3 * (1 + 1), images, html);
        String dom = HeadlessChromium.dumpDom(report.resolve("report.html"));
        assertEquals(images, count(dom, "data-loaded=\"yes\""), dom);
        assertEquals(0, count(dom, "data-loaded=\"no\""), dom);

        reset();
        assertEquals(0, run("lock", scenes.toString(), "--out", figures.toString(), "--lock", lock.toString()), err.toString());
        reset();
        assertEquals(0, check(), "locked again, the edit is the new expectation: " + out);
        assertFalse(Files.exists(report.resolve("report.html")), "the old report is gone with the differences");
    }

    @Test
    void aReportMissingAnImageSaysWhichInTheBrowser() throws Exception {
        Path scene = scenes.resolve("small.yaml");
        Files.writeString(scene, Files.readString(scene).replace("size: 10", "size: 14"));
        assertEquals(CheckCommand.DIFFERS, check());
        Files.delete(report.resolve("small.png/differing-frames.png"));
        String dom = HeadlessChromium.dumpDom(report.resolve("report.html"));
        assertEquals(1, count(dom, "data-loaded=\"no\""), dom);
        assertTrue(dom.contains("missing image: small.png/differing-frames.png"), dom);
    }

    @Test
    void anEditThatChangesNoPixelsPasses() throws IOException {
        Path scene = scenes.resolve("small.yaml");
        Files.writeString(scene, "# a comment changes the scene's hash, not its figures\n" + Files.readString(scene));
        assertEquals(0, check(), out.toString());
        assertTrue(out.toString().contains("5 identical"), out.toString());
    }

    @Test
    void driftOfTheLockedSceneWithinItsTolerancePassesWithANoteAndBeyondItFails() throws IOException {
        // As if the committed PNG came from a machine whose rasteriser rounds one level higher: every sample + 1.
        drift("small.png", 1);
        assertEquals(0, check(), out.toString());
        assertTrue(out.toString().matches("(?s).*small\\.png: differs, RMS 0\\.\\d; within the tolerance of 1\n.*"), out.toString());
        assertTrue(out.toString().contains("4 identical, 1 pass with a note, 0 fail"), out.toString());
        assertTrue(Files.readString(report.resolve("report.html")).contains("passes, with a note"));

        reset();
        drift("small.png", 4);
        assertEquals(CheckCommand.DIFFERS, check());
        assertTrue(out.toString().matches("(?s).*small\\.png: differs, RMS [2-4]\\.\\d; beyond the tolerance of 1\n.*"), out.toString());
    }

    @Test
    void aSceneMaySetItsOwnTolerance() throws IOException {
        Path scene = scenes.resolve("small.yaml");
        Files.writeString(scene, Files.readString(scene) + "check: {tolerance: 5}\n");
        assertEquals(0, run("lock", scenes.toString(), "--out", figures.toString(), "--lock", lock.toString()), err.toString());
        reset();
        drift("small.png", 4);
        assertEquals(0, check(), out.toString());
        assertTrue(out.toString().contains("within the tolerance of 5"), out.toString());
    }

    @Test
    void outputsAddedOrDroppedSinceTheLockFail() throws IOException {
        Path scene = scenes.resolve("small.yaml");
        Files.writeString(scene, Files.readString(scene).replace("  svg: {frame: last}\n", ""));
        assertEquals(CheckCommand.DIFFERS, check());
        assertTrue(out.toString().contains("small.svg: in " + lock + ", and the scene no longer writes it; 'figs lock' drops it"), out.toString());
        assertTrue(out.toString().contains("small.gif: identical"), out.toString());
        reset();
        Files.writeString(scenes.resolve("more.yaml"), SmallScenes.BOUNDARY);
        assertEquals(CheckCommand.DIFFERS, run("check", scenes.resolve("more.yaml").toString(), "--lock", lock.toString(),
                "--expected", figures.toString(), "--report", report.toString()));
        assertTrue(out.toString().contains("more.gif: not in " + lock + "; 'figs lock' adds it"), out.toString());
    }

    @Test
    void withoutALockCheckSaysHowToMakeOne() {
        assertEquals(Figs.FAILURE, run("check", scenes.toString(), "--lock", work.resolve("none.lock").toString()));
        assertTrue(err.toString().contains("no " + work.resolve("none.lock") + " to check against: write it with 'figs lock"), err.toString());
    }

    /** Replaces a committed file by one with every sample {@code levels} higher, and locks that one instead. */
    private void drift(String name, int levels) throws IOException {
        Path file = figures.resolve(name);
        BufferedImage image = ImageIO.read(file.toFile());
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int p = image.getRGB(x, y);
                int r = Math.min(255, (p >> 16 & 255) + levels), g = Math.min(255, (p >> 8 & 255) + levels), b = Math.min(255, (p & 255) + levels);
                image.setRGB(x, y, r << 16 | g << 8 | b);
            }
        }
        ImageIO.write(image, "png", file.toFile());
        SortedMap<String, LockEntry> entries = LockFile.read(lock);
        LockEntry was = entries.get(name);
        entries.put(name, LockEntry.of(file, was.scene(), was.sceneSha256(), was.figs()));
        LockFile.write(lock, entries);
    }

    private int check() {
        return run("check", scenes.toString(), "--lock", lock.toString(), "--expected", figures.toString(), "--report", report.toString());
    }

    private static int count(String text, String what) {
        int n = 0;
        for (int at = text.indexOf(what); at >= 0; at = text.indexOf(what, at + 1)) n++;
        return n;
    }

    private void reset() {
        out = new StringWriter();
        err = new StringWriter();
    }

    private int run(String... args) {
        CommandLine cli = Figs.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }
}
