package figs.output.montage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import figs.output.Frame;
import figs.output.TestFrames;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MontageSinkTest {
    private static final int WHITE = 0xffffff;

    @TempDir
    Path folder;

    @Test
    void framesFillTheSheetRowByRowAndEmptyCellsStayWhite() throws IOException {
        // Five flat frames of distinct greys, three to a row: the sixth cell has no frame.
        List<Frame> frames = new ArrayList<>();
        for (int i = 0; i < 5; i++) frames.add(flat(i, 5, 40, 30, 0x101010 * (i + 1)));
        BufferedImage sheet = ImageIO.read(write(frames, 3, 0.5, "grid.png").toFile());
        assertEquals(3 * 20, sheet.getWidth());
        assertEquals(2 * 15, sheet.getHeight());
        for (int i = 0; i < 6; i++) {
            int expected = i < 5 ? 0x101010 * (i + 1) : WHITE;
            int x = i % 3 * 20, y = i / 3 * 15;
            for (int[] corner : new int[][] {{0, 0}, {19, 0}, {0, 14}, {19, 14}}) {
                assertEquals(expected, sheet.getRGB(x + corner[0], y + corner[1]) & 0xffffff, "cell " + i);
            }
        }
    }

    @Test
    void shrinkingAveragesTheAreaSoThinLinesFadeInsteadOfVanishing() throws IOException {
        // Two one-pixel black lines in every ten columns; shrunk ten times, each output column is 80 % white.
        BufferedImage lines = new BufferedImage(100, 20, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 20; y++) for (int x = 0; x < 100; x++) lines.setRGB(x, y, x % 10 == 3 || x % 10 == 7 ? 0 : WHITE);
        BufferedImage sheet = ImageIO.read(write(List.of(new Frame(0, 1, null, lines)), 1, 0.1, "lines.png").toFile());
        assertEquals(10, sheet.getWidth());
        assertEquals(2, sheet.getHeight());
        for (int x = 0; x < 10; x++) assertEquals(0xcccccc, sheet.getRGB(x, 1) & 0xffffff, "column " + x); // 0.8 * 255 = 204
    }

    @Test
    void aFractionalScaleWeighsPartlyCoveredPixels() {
        // Three source pixels into two: each output pixel covers one and a half of them.
        int[] out = new AreaScaler(3, 1, 2, 1).scale(new int[] {0x000000, 0x646464, 0xc8c8c8});
        assertArrayEquals(new int[] {0x212121, 0xa7a7a7}, out); // (0 + 100/2) / 1.5 = 33.3; (100/2 + 200) / 1.5 = 166.7
    }

    @Test
    void scaleOneCopiesFramesUnchanged() throws IOException {
        List<Frame> frames = TestFrames.sequence(2, 30, 20, false);
        BufferedImage sheet = ImageIO.read(write(frames, 2, 1, "copy.png").toFile());
        for (int y = 0; y < 20; y++) {
            for (int x = 0; x < 30; x++) assertEquals(frames.get(1).raster().getRGB(x, y), sheet.getRGB(30 + x, y));
        }
    }

    @Test
    void sameFramesSameBytes() throws IOException {
        List<Frame> frames = TestFrames.sequence(4, 120, 90, true);
        assertArrayEquals(Files.readAllBytes(write(frames, 3, 0.3, "a.png")), Files.readAllBytes(write(frames, 3, 0.3, "b.png")));
    }

    @Test
    void afterAFrameOfAnotherSizeIsRefusedClosingWritesNothing() throws IOException {
        MontageSink sink = new MontageSink(folder.resolve("mixed.png"), 2, 0.5);
        sink.accept(flat(0, 2, 40, 30, 0));
        assertThrows(IOException.class, () -> sink.accept(flat(1, 2, 30, 30, 0)));
        assertThrows(IOException.class, sink::close);
        try (var files = Files.list(folder)) {
            assertTrue(files.findAny().isEmpty());
        }
    }

    @Test
    void closingWithoutFramesFailsAndLeavesNoFile() throws IOException {
        assertThrows(IOException.class, () -> new MontageSink(folder.resolve("none.png"), 2, 0.5).close());
        try (var files = Files.list(folder)) {
            assertTrue(files.findAny().isEmpty());
        }
    }

    private static Frame flat(int index, int count, int width, int height, int rgb) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < height; y++) for (int x = 0; x < width; x++) image.setRGB(x, y, rgb);
        return new Frame(index, count, null, image);
    }

    private Path write(List<Frame> frames, int columns, double scale, String name) throws IOException {
        Path file = folder.resolve(name);
        try (MontageSink sink = new MontageSink(file, columns, scale)) {
            for (Frame f : frames) sink.accept(f);
        }
        return file;
    }
}
