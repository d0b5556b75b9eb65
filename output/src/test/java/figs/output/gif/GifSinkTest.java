package figs.output.gif;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import figs.output.Frame;
import figs.output.TestFrames;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GifSinkTest {
    /**
     * Floor for frames with thousands of gradient colours squeezed into 256 without dithering; measured
     * here at about 41 dB for these frames, so 36 leaves room without letting a broken palette pass.
     */
    private static final double MIN_GRADIENT_PSNR_DB = 36;

    @TempDir
    Path folder;

    @Test
    void framesWithFewColoursDecodeExactly() throws IOException {
        List<Frame> frames = flat(4);
        Path gif = write(frames, "flat.gif");
        List<BufferedImage> decoded = decode(gif);
        assertEquals(frames.size(), decoded.size());
        for (int i = 0; i < frames.size(); i++) assertArrayEquals(rgb(frames.get(i).raster()), rgb(decoded.get(i)), "frame " + i);
    }

    @Test
    void delayAndLoopAreWritten() throws IOException {
        Path gif = write(flat(3), "timing.gif");
        try (ImageInputStream in = ImageIO.createImageInputStream(gif.toFile())) {
            ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
            reader.setInput(in);
            IIOMetadataNode root = (IIOMetadataNode) reader.getImageMetadata(0).getAsTree("javax_imageio_gif_image_1.0");
            IIOMetadataNode control = (IIOMetadataNode) root.getElementsByTagName("GraphicControlExtension").item(0);
            assertEquals("25", control.getAttribute("delayTime"));
            IIOMetadataNode descriptor = (IIOMetadataNode) root.getElementsByTagName("ImageDescriptor").item(0);
            assertEquals("FALSE", descriptor.getAttribute("interlaceFlag"));
        }
        assertTrue(new String(Files.readAllBytes(gif), java.nio.charset.StandardCharsets.ISO_8859_1).contains("NETSCAPE2.0"));
    }

    @Test
    void manyColoursAreSummarisedWithoutBreakingTheFrame() throws IOException {
        List<Frame> frames = TestFrames.sequence(3, 320, 240, true);
        List<BufferedImage> decoded = decode(write(frames, "gradient.gif"));
        for (int i = 0; i < frames.size(); i++) {
            double psnr = psnr(frames.get(i).raster(), decoded.get(i));
            assertTrue(psnr >= MIN_GRADIENT_PSNR_DB, "frame " + i + ": " + psnr + " dB");
        }
    }

    @Test
    void sameFramesSameBytes() throws IOException {
        List<Frame> frames = TestFrames.sequence(3, 200, 150, true);
        assertArrayEquals(Files.readAllBytes(write(frames, "a.gif")), Files.readAllBytes(write(frames, "b.gif")));
    }

    private List<Frame> flat(int count) {
        // Blocks of flat colours: 8 x 7 x 3 = 168 in all, so the palette holds each exactly.
        List<Frame> frames = new java.util.ArrayList<>();
        for (int i = 0; i < count; i++) {
            BufferedImage image = new BufferedImage(97, 61, BufferedImage.TYPE_INT_RGB);
            for (int y = 0; y < 61; y++) for (int x = 0; x < 97; x++) image.setRGB(x, y, ((x + i) / 13 * 30) << 16 | (y / 10 * 40) << 8 | (x * y) % 3 * 90);
            frames.add(new Frame(i, count, null, image));
        }
        return frames;
    }

    private Path write(List<Frame> frames, String name) throws IOException {
        Path file = folder.resolve(name);
        try (GifSink sink = new GifSink(file, 250, true)) {
            for (Frame f : frames) sink.accept(f);
        }
        return file;
    }

    static List<BufferedImage> decode(Path gif) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(gif.toFile())) {
            ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
            reader.setInput(in);
            List<BufferedImage> frames = new java.util.ArrayList<>();
            for (int i = 0; i < reader.getNumImages(true); i++) frames.add(reader.read(i));
            return frames;
        }
    }

    private static int[] rgb(BufferedImage image) {
        int[] out = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        for (int i = 0; i < out.length; i++) out[i] &= 0xffffff;
        return out;
    }

    private static double psnr(BufferedImage a, BufferedImage b) {
        int[] x = rgb(a), y = rgb(b);
        double se = 0;
        for (int i = 0; i < x.length; i++) {
            for (int shift = 0; shift < 24; shift += 8) {
                double d = (x[i] >> shift & 255) - (y[i] >> shift & 255);
                se += d * d;
            }
        }
        return 10 * Math.log10(255.0 * 255 / Math.max(se / (3.0 * x.length), 1e-12));
    }
}
