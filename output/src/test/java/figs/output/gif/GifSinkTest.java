package figs.output.gif;

import static figs.output.Processes.run;
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
    void laterFramesStoreOnlyTheRectangleThatChanged() throws IOException {
        List<Frame> frames = TestFrames.sequence(4, 320, 240, false);
        Path gif = write(frames, "moving.gif");
        try (ImageInputStream in = ImageIO.createImageInputStream(gif.toFile())) {
            ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
            reader.setInput(in);
            assertEquals(320, reader.getWidth(0), "first frame whole");
            assertTrue(reader.getWidth(1) < 320 && reader.getHeight(1) < 240, "second frame: the moving disc and label only");
        }
        List<BufferedImage> decoded = decode(gif);
        assertEquals(frames.size(), decoded.size());
        for (int i = 0; i < frames.size(); i++) {
            assertTrue(psnr(frames.get(i).raster(), decoded.get(i)) >= MIN_GRADIENT_PSNR_DB, "frame " + i + " composes back");
        }
    }

    @Test
    void identicalFramesStillCountAsFrames() throws IOException {
        Frame one = flat(1).getFirst();
        List<Frame> same = List.of(new Frame(0, 3, null, one.raster()), new Frame(1, 3, null, one.raster()),
                new Frame(2, 3, null, one.raster()));
        List<BufferedImage> decoded = decode(write(same, "still.gif"));
        assertEquals(3, decoded.size());
        assertArrayEquals(rgb(one.raster()), rgb(decoded.get(2)));
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

    /**
     * The frames as a viewer shows them: ffmpeg composes each difference rectangle over the frames
     * before it (javax.imageio would return the bare rectangles).
     */
    static List<BufferedImage> decode(Path gif) throws IOException {
        int[] size = new int[2];
        try (ImageInputStream in = ImageIO.createImageInputStream(gif.toFile())) {
            ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
            reader.setInput(in);
            size[0] = reader.getWidth(0);
            size[1] = reader.getHeight(0);
        }
        byte[] rgb;
        try {
            rgb = run("ffmpeg", "-v", "error", "-i", gif.toString(), "-fps_mode", "passthrough", "-f", "rawvideo",
                    "-pix_fmt", "rgb24", "-").toByteArray();
        } catch (InterruptedException e) {
            throw new IOException(e);
        }
        int frameBytes = size[0] * size[1] * 3;
        List<BufferedImage> frames = new java.util.ArrayList<>();
        for (int at = 0; at + frameBytes <= rgb.length; at += frameBytes) {
            BufferedImage image = new BufferedImage(size[0], size[1], BufferedImage.TYPE_INT_RGB);
            for (int p = 0; p < size[0] * size[1]; p++) {
                int o = at + 3 * p;
                image.setRGB(p % size[0], p / size[0], (rgb[o] & 255) << 16 | (rgb[o + 1] & 255) << 8 | (rgb[o + 2] & 255));
            }
            frames.add(image);
        }
        return frames;
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
