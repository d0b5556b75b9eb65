package figs.output.gif;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import figs.output.ChartFrames;
import figs.output.Frame;
import figs.output.Psnr;
import figs.output.TestFrames;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GifSinkTest {
    /**
     * Floor for the mean PSNR of {@link #gradients}: tens of thousands of colours spread over a volume of
     * RGB, squeezed into 255 entries without dithering. Measured at 32.2 dB; ffmpeg's own
     * palettegen (stats_mode=full) and paletteuse (dither=none) reach 32.4 dB on the same frames, so
     * 30 dB is what a sound median cut keeps, with room for other fonts in the text. A palette that
     * loses the blends or maps pixels to the wrong entries lands in the low 20s.
     */
    private static final double MIN_GRADIENT_PSNR_DB = 30;
    /**
     * Floor for chart-like frames (flat fills kept exactly, only edge blends summarised), 240 x 240, where
     * edges are a large share of the pixels. Measured at 46.0 dB (53 dB at 720 x 720, where ffmpeg's
     * palettegen/paletteuse reaches 53.5 dB).
     */
    private static final double MIN_CHART_PSNR_DB = 43;
    private static final int FRAME_MILLIS = 250;

    @TempDir
    Path folder;

    @Test
    void framesWithFewColoursDecodeExactlyWithImageIoAndFfmpeg() throws Exception {
        List<Frame> frames = blocks(4, 168);
        Path gif = write(frames, "flat.gif", true);
        List<BufferedImage> imageIo = GifFrames.withImageIo(gif).frames();
        List<BufferedImage> ffmpeg = GifFrames.withFfmpeg(gif, 97, 61);
        assertEquals(frames.size(), imageIo.size());
        assertEquals(frames.size(), ffmpeg.size());
        for (int i = 0; i < frames.size(); i++) {
            assertArrayEquals(rgb(frames.get(i).raster()), rgb(imageIo.get(i)), "javax.imageio, frame " + i);
            assertArrayEquals(rgb(frames.get(i).raster()), rgb(ffmpeg.get(i)), "ffmpeg, frame " + i);
        }
    }

    @Test
    void exactly256ColoursAreAllKeptThoughNoSlotIsLeftForTransparency() throws Exception {
        List<Frame> frames = blocks(3, 256);
        Path gif = write(frames, "full.gif", true);
        GifFrames.Decoded decoded = GifFrames.withImageIo(gif);
        for (int i = 0; i < frames.size(); i++) {
            assertArrayEquals(rgb(frames.get(i).raster()), rgb(decoded.frames().get(i)), "frame " + i);
            IIOMetadataNode control = GifFrames.child(decoded.metadata().get(i), "GraphicControlExtension");
            assertEquals("FALSE", control.getAttribute("transparentColorFlag"), "frame " + i);
        }
        assertEquals(0xF7, Files.readAllBytes(gif)[10] & 0xff, "global table of 256 entries");
    }

    @Test
    void delayDisposalAndNoInterlaceAreInEveryFramesMetadata() throws IOException {
        GifFrames.Decoded decoded = GifFrames.withImageIo(write(TestFrames.sequence(3, 120, 90, false), "timing.gif", true));
        assertEquals(3, decoded.metadata().size());
        for (IIOMetadataNode root : decoded.metadata()) {
            IIOMetadataNode control = GifFrames.child(root, "GraphicControlExtension");
            assertEquals(String.valueOf(FRAME_MILLIS / 10), control.getAttribute("delayTime"));
            assertEquals("doNotDispose", control.getAttribute("disposalMethod"));
            assertEquals("FALSE", GifFrames.child(root, "ImageDescriptor").getAttribute("interlaceFlag"));
        }
    }

    @Test
    void loopingWritesTheNetscapeExtensionWithLoopCountZero() throws IOException {
        IIOMetadataNode first = GifFrames.withImageIo(write(blocks(2, 10), "loop.gif", true)).metadata().getFirst();
        IIOMetadataNode extension = GifFrames.child(first, "ApplicationExtension");
        assertEquals("NETSCAPE", extension.getAttribute("applicationID"));
        assertEquals("2.0", extension.getAttribute("authenticationCode"));
        // Sub-block 1 of the extension: a loop count of 0 means "forever".
        assertArrayEquals(new byte[] {1, 0, 0}, (byte[]) extension.getUserObject());
    }

    @Test
    void notLoopingLeavesTheExtensionOut() throws IOException {
        IIOMetadataNode first = GifFrames.withImageIo(write(blocks(2, 10), "once.gif", false)).metadata().getFirst();
        assertNull(GifFrames.child(first, "ApplicationExtension"));
    }

    @Test
    void manyColoursAreSummarisedAboveAMeasuredFloor() throws Exception {
        double gradient = meanPsnr(gradients(3, 320, 240), "gradient.gif");
        assertTrue(gradient >= MIN_GRADIENT_PSNR_DB, "gradient frames: " + gradient + " dB");
        double chart = meanPsnr(ChartFrames.sequence(3, 240, 240), "chart.gif");
        assertTrue(chart >= MIN_CHART_PSNR_DB, "chart frames: " + chart + " dB");
    }

    private double meanPsnr(List<Frame> frames, String name) throws IOException {
        List<BufferedImage> decoded = GifFrames.withImageIo(write(frames, name, true)).frames();
        double sum = 0;
        for (int i = 0; i < frames.size(); i++) sum += Psnr.rgb(frames.get(i).raster(), decoded.get(i));
        return sum / frames.size();
    }

    @Test
    void laterFramesStoreOnlyTheRectangleThatChanged() throws Exception {
        List<Frame> frames = TestFrames.sequence(4, 320, 240, false);
        Path gif = write(frames, "moving.gif", true);
        try (ImageInputStream in = ImageIO.createImageInputStream(gif.toFile())) {
            ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
            reader.setInput(in);
            assertEquals(320, reader.getWidth(0), "first frame whole");
            assertTrue(reader.getWidth(1) < 320 && reader.getHeight(1) < 240, "second frame: the moving disc and label only");
        }
        List<BufferedImage> ffmpeg = GifFrames.withFfmpeg(gif, 320, 240);
        List<BufferedImage> imageIo = GifFrames.withImageIo(gif).frames();
        for (int i = 0; i < frames.size(); i++) {
            assertArrayEquals(rgb(imageIo.get(i)), rgb(ffmpeg.get(i)), "both decoders compose frame " + i + " alike");
            double psnr = Psnr.rgb(frames.get(i).raster(), imageIo.get(i));
            assertTrue(psnr >= MIN_CHART_PSNR_DB, "frame " + i + " composes back: " + psnr + " dB");
        }
    }

    @Test
    void identicalFramesStillCountAsFrames() throws IOException {
        BufferedImage one = blocks(1, 40).getFirst().raster();
        List<Frame> same = List.of(new Frame(0, 3, null, one), new Frame(1, 3, null, one), new Frame(2, 3, null, one));
        List<BufferedImage> decoded = GifFrames.withImageIo(write(same, "still.gif", true)).frames();
        assertEquals(3, decoded.size());
        assertArrayEquals(rgb(one), rgb(decoded.get(2)));
    }

    /**
     * Asked for at most 128 colours, shading gets a 128-entry table (127 colours and the transparent slot),
     * and its LZW codes start at 8 bits: the minimum code size is 7. Both decoders show the same pixels, near
     * the source (half the colours of {@link #manyColoursAreSummarisedAboveAMeasuredFloor}'s table).
     */
    @Test
    void aTableOf128ColoursCodesSevenBitIndicesThatBothDecodersRead() throws Exception {
        List<Frame> frames = gradients(3, 320, 240);
        Path gif = folder.resolve("128.gif");
        try (GifSink sink = new GifSink(gif, FRAME_MILLIS, true, 0, 128)) {
            for (Frame f : frames) sink.accept(f);
        }
        byte[] bytes = Files.readAllBytes(gif);
        assertEquals(0xF6, bytes[10] & 0xff, "global table of 128 entries");
        int firstImage = 13 + 3 * 128 + 19 + 8;   // header and table, NETSCAPE2.0 loop, graphic control
        assertEquals(0x2C, bytes[firstImage] & 0xff, "the first image descriptor");
        assertEquals(7, bytes[firstImage + 10], "LZW minimum code size");
        List<BufferedImage> imageIo = GifFrames.withImageIo(gif).frames();
        List<BufferedImage> ffmpeg = GifFrames.withFfmpeg(gif, 320, 240);
        for (int i = 0; i < frames.size(); i++) {
            assertArrayEquals(rgb(imageIo.get(i)), rgb(ffmpeg.get(i)), "frame " + i);
            double db = Psnr.rgb(frames.get(i).raster(), imageIo.get(i));
            assertTrue(db > 27, "frame " + i + ": " + db + " dB");   // 30.5 measured; misread indices give noise
        }
    }

    @Test
    void aSingleColourMakesATwoEntryTableThatBothDecodersRead() throws Exception {
        List<Frame> frames = blocks(2, 1);
        Path gif = write(frames, "one-colour.gif", true);
        assertEquals(0xF0, Files.readAllBytes(gif)[10] & 0xff, "global table of 2 entries: the colour and the transparent slot");
        assertArrayEquals(rgb(frames.get(1).raster()), rgb(GifFrames.withImageIo(gif).frames().get(1)));
        assertArrayEquals(rgb(frames.get(1).raster()), rgb(GifFrames.withFfmpeg(gif, 97, 61).get(1)));
    }

    @Test
    void sameFramesSameBytes() throws IOException {
        List<Frame> frames = TestFrames.sequence(3, 200, 150, true);
        assertArrayEquals(Files.readAllBytes(write(frames, "a.gif", true)), Files.readAllBytes(write(frames, "b.gif", true)));
    }

    @Test
    void afterAFrameOfAnotherSizeIsRefusedClosingWritesNothing() throws IOException {
        Path gif = folder.resolve("mixed.gif");
        GifSink sink = new GifSink(gif, FRAME_MILLIS, true);
        sink.accept(blocks(1, 10).getFirst());
        Frame other = new Frame(1, 2, null, new BufferedImage(10, 10, BufferedImage.TYPE_INT_RGB));
        assertThrows(IOException.class, () -> sink.accept(other));
        assertThrows(IOException.class, sink::close, "no GIF of the frames before the failure");
        try (var files = Files.list(folder)) {
            assertEquals(0, files.count());
        }
    }

    @Test
    void closingWithoutFramesFailsAndLeavesNoFile() throws IOException {
        Path gif = folder.resolve("empty.gif");
        assertThrows(IOException.class, () -> new GifSink(gif, FRAME_MILLIS, true).close());
        try (var files = Files.list(folder)) {
            assertEquals(0, files.count());
        }
    }

    /**
     * Tens of thousands of colours: a two-dimensional gradient that shifts each frame, under an
     * anti-aliased disc, a thin line and text.
     */
    static List<Frame> gradients(int count, int width, int height) {
        List<Frame> frames = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
            for (int y = 0; y < height; y++) {
                for (int x = 0; x < width; x++) {
                    image.setRGB(x, y, (x * 255 / width) << 16 | ((y + 7 * i) % height * 255 / height) << 8 | 96 + (x + y) % 64);
                }
            }
            java.awt.Graphics2D g = image.createGraphics();
            figs.output.Rasterizer.applyHints(g);
            g.setColor(new java.awt.Color(50, 136, 189));
            g.fill(new java.awt.geom.Ellipse2D.Double(width / 4.0 + 5 * i, height / 4.0, width / 3.0, height / 3.0));
            g.setColor(java.awt.Color.DARK_GRAY);
            g.draw(new java.awt.geom.Line2D.Double(0, height * 0.7, width, height * 0.8));
            g.setFont(new java.awt.Font(java.awt.Font.SANS_SERIF, java.awt.Font.PLAIN, 14));
            g.drawString("frame " + i, 10, 20);
            g.dispose();
            frames.add(new Frame(i, count, null, image));
        }
        return frames;
    }

    /** Blocks of {@code colours} distinct flat colours, shifted by one pixel per frame. */
    static List<Frame> blocks(int count, int colours) {
        List<Frame> frames = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            BufferedImage image = new BufferedImage(97, 61, BufferedImage.TYPE_INT_RGB);
            for (int y = 0; y < 61; y++) {
                for (int x = 0; x < 97; x++) {
                    int k = ((x + i) / 4 + 25 * (y / 4)) % colours;
                    image.setRGB(x, y, k << 16 | (k * 37 & 255) << 8 | (k * 101 & 255));
                }
            }
            frames.add(new Frame(i, count, null, image));
        }
        return frames;
    }

    private Path write(List<Frame> frames, String name, boolean loop) throws IOException {
        Path file = folder.resolve(name);
        try (GifSink sink = new GifSink(file, FRAME_MILLIS, loop)) {
            for (Frame f : frames) sink.accept(f);
        }
        return file;
    }

    private static int[] rgb(BufferedImage image) {
        int[] out = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        for (int i = 0; i < out.length; i++) out[i] &= 0xffffff;
        return out;
    }
}
