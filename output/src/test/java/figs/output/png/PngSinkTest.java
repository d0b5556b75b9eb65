package figs.output.png;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import figs.output.Frame;
import figs.output.TestFrames;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PngSinkTest {
    @TempDir
    Path folder;

    private final List<Frame> frames = TestFrames.sequence(3, 80, 60, true);

    @Test
    void writesTheChosenFrameLosslessly() throws IOException {
        assertArrayEquals(pixels(frames.get(1).raster()), pixels(ImageIO.read(write(1, "one.png").toFile())));
    }

    @Test
    void minusOneMeansTheLastFrame() throws IOException {
        assertArrayEquals(pixels(frames.get(2).raster()), pixels(ImageIO.read(write(-1, "last.png").toFile())));
    }

    @Test
    void sameFrameSameBytes() throws IOException {
        assertArrayEquals(Files.readAllBytes(write(-1, "a.png")), Files.readAllBytes(write(-1, "b.png")));
    }

    @Test
    void aFrameThatNeverCameFailsAndLeavesNoFile() throws IOException {
        assertThrows(IOException.class, () -> write(7, "missing.png"));
        try (var files = Files.list(folder)) {
            assertTrue(files.findAny().isEmpty(), "no file and no temporary file");
        }
    }

    private Path write(int index, String name) throws IOException {
        Path file = folder.resolve(name);
        try (PngSink sink = new PngSink(file, index)) {
            for (Frame f : frames) sink.accept(f);
        }
        return file;
    }

    private static int[] pixels(BufferedImage image) {
        return image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    }
}
