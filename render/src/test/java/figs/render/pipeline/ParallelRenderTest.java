package figs.render.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import figs.render.scene.Scene;
import figs.render.scene.SceneLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Frames drawn on many threads reach the sinks in order: the files are the bytes of a one-thread render. */
class ParallelRenderTest {
    @TempDir
    Path work;

    @Test
    void fourThreadsWriteTheBytesOfOne() throws Exception {
        Scene scene = new SceneLoader().load(SmallScenes.write(work, "small", SmallScenes.BOUNDARY));
        render(scene, 1, FrameRange.ALL, work.resolve("one"));
        render(scene, 4, FrameRange.ALL, work.resolve("four"));
        for (String name : SmallScenes.FILES) {
            assertArrayEquals(Files.readAllBytes(work.resolve("one").resolve(name)),
                    Files.readAllBytes(work.resolve("four").resolve(name)), name);
        }
    }

    @Test
    void aFrameRangeWritesOnlyThoseFrames() throws Exception {
        Scene scene = new SceneLoader().load(SmallScenes.write(work, "small", SmallScenes.BOUNDARY));
        List<SceneRenderer.Written> written = render(scene, 2, FrameRange.parse("3-4"), work.resolve("part"));
        assertEquals(2, gifFrames(work.resolve("part/small.gif")), "frames 3 and 4 only");
        assertTrue(written.stream().noneMatch(w -> w.file().endsWith("small.png")), "its frame 2 is not among 3-4");
        assertTrue(Files.notExists(work.resolve("part/small.png")));
    }

    @Test
    void aRangeBeyondTheTimelineIsAnError() throws Exception {
        Scene scene = new SceneLoader().load(SmallScenes.write(work, "small", SmallScenes.BOUNDARY));
        var e = assertThrows(IllegalArgumentException.class, () -> render(scene, 1, FrameRange.parse("6-9"), work.resolve("x")));
        assertTrue(e.getMessage().contains("6 frames"), e.getMessage());
    }

    @Test
    void rangesParse() {
        assertEquals(new FrameRange(0, 9), FrameRange.parse("0-9"));
        assertEquals(new FrameRange(12, 12), FrameRange.parse("12"));
        assertThrows(IllegalArgumentException.class, () -> FrameRange.parse("9-3"));
        assertThrows(IllegalArgumentException.class, () -> FrameRange.parse("a-b"));
        assertThrows(IllegalArgumentException.class, () -> FrameRange.parse("-1"));
    }

    private static List<SceneRenderer.Written> render(Scene scene, int threads, FrameRange frames, Path out)
            throws IOException {
        try (SceneRenderer renderer = new SceneRenderer(line -> {}, SceneRenderer.Options.defaults().withThreads(threads)
                .withFrames(frames))) {
            return renderer.render(scene, out);
        }
    }

    private static int gifFrames(Path gif) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(gif.toFile())) {
            ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
            reader.setInput(in);
            return reader.getNumImages(true);
        }
    }
}
