package figs.render.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import figs.output.Psnr;
import figs.output.gif.GifFrames;
import figs.render.pipeline.SceneRenderer;
import figs.render.pipeline.SmallScenes;
import figs.render.scene.SceneLoader;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every reader against an independent decoder of the same file: ffmpeg, javax.imageio, or the raster figs drew. */
class FrameReaderTest {
    /** JCodec and ffmpeg round YUV to RGB differently by a level or so: far above this. */
    private static final double MIN_MP4_AGREEMENT_DB = 40;
    /**
     * Batik and Java2D anti-alias edges differently, and at 160 x 120 edges are much of the picture: the
     * right frame measured 24.0 dB, another frame of the same animation 14.8 dB.
     */
    private static final double MIN_SVG_AGREEMENT_DB = 21;

    @TempDir
    static Path folder;

    @BeforeAll
    static void render() throws Exception {
        try (SceneRenderer renderer = new SceneRenderer(line -> {})) {
            renderer.render(new SceneLoader().load(SmallScenes.write(folder, "small", SmallScenes.BOUNDARY)), folder);
        }
    }

    @Test
    void gifFramesAreTheOnesFfmpegComposes() throws Exception {
        List<BufferedImage> ours = all(folder.resolve("small.gif"));
        List<BufferedImage> ffmpeg = GifFrames.withFfmpeg(folder.resolve("small.gif"), 160, 120);
        assertEquals(6, ours.size());
        assertEquals(ffmpeg.size(), ours.size());
        for (int i = 0; i < ours.size(); i++) {
            assertEquals(0, FrameDifference.rms(ffmpeg.get(i), ours.get(i)), "frame " + i + " composes as ffmpeg composes it");
        }
    }

    @Test
    void mp4FramesAgreeWithFfmpegsDecoding() throws Exception {
        List<BufferedImage> ours = all(folder.resolve("small.mp4"));
        List<BufferedImage> ffmpeg = GifFrames.withFfmpeg(folder.resolve("small.mp4"), 160, 120);
        assertEquals(6, ours.size());
        assertEquals(ffmpeg.size(), ours.size());
        for (int i = 0; i < ours.size(); i++) {
            double db = Psnr.rgb(ffmpeg.get(i), ours.get(i));
            assertTrue(db >= MIN_MP4_AGREEMENT_DB, "frame " + i + ": " + db + " dB");
        }
    }

    @Test
    void mp4DecodingRepeatsBitForBit() throws IOException {
        List<BufferedImage> once = all(folder.resolve("small.mp4"));
        List<BufferedImage> again = all(folder.resolve("small.mp4"));
        for (int i = 0; i < once.size(); i++) assertEquals(0, FrameDifference.rms(once.get(i), again.get(i)));
    }

    @Test
    void pngIsItsOnePicture() throws IOException {
        List<BufferedImage> frames = all(folder.resolve("small.png"));
        assertEquals(1, frames.size());
        assertEquals(0, FrameDifference.rms(ImageIO.read(folder.resolve("small.png").toFile()), frames.get(0)));
    }

    @Test
    void svgDrawnByBatikLooksLikeTheRasterOfTheSameFrame() throws IOException {
        // small.svg is the last frame (5); the GIF's last frame is the same drawing rasterised by Java2D.
        List<BufferedImage> svg = all(folder.resolve("small.svg"));
        List<BufferedImage> gif = all(folder.resolve("small.gif"));
        assertEquals(1, svg.size());
        assertEquals(160, svg.get(0).getWidth());
        assertEquals(120, svg.get(0).getHeight());
        double db = Psnr.rgb(gif.get(5), svg.get(0));
        double firstFrame = Psnr.rgb(gif.get(0), svg.get(0));
        assertTrue(db >= MIN_SVG_AGREEMENT_DB, db + " dB");
        assertTrue(firstFrame < MIN_SVG_AGREEMENT_DB, "another frame must not pass: " + firstFrame + " dB");
    }

    @Test
    void otherFilesAndDamagedFilesAreRefusedByName() throws IOException {
        Path text = Files.writeString(folder.resolve("notes.txt"), "hello");
        IOException kind = assertThrows(IOException.class, () -> FrameReader.open(text));
        assertTrue(kind.getMessage().startsWith(text + ":"), kind.getMessage());
        Path truncated = folder.resolve("cut.mp4");
        byte[] whole = Files.readAllBytes(folder.resolve("small.mp4"));
        Files.write(truncated, java.util.Arrays.copyOf(whole, 200));
        IOException damaged = assertThrows(IOException.class, () -> all(truncated));
        assertTrue(damaged.getMessage().startsWith(truncated + ":"), damaged.getMessage());
    }

    @Test
    void aReaderEndsWithNull() throws IOException {
        try (FrameReader reader = FrameReader.open(folder.resolve("small.png"))) {
            reader.next();
            assertNull(reader.next());
        }
    }

    static List<BufferedImage> all(Path file) throws IOException {
        List<BufferedImage> frames = new ArrayList<>();
        try (FrameReader reader = FrameReader.open(file)) {
            for (BufferedImage f; (f = reader.next()) != null; ) frames.add(f);
        }
        return frames;
    }
}
