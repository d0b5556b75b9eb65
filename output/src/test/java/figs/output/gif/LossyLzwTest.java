package figs.output.gif;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import figs.output.Frame;
import figs.output.Psnr;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Lossy LZW on shading with noise, as a 3-D surface has: smaller, no pixel's squared error from its source
 * more than LIMIT² above its lossless one (in later frames too, where pixels may show the frame before), flat
 * colour kept.
 */
class LossyLzwTest {
    private static final int LIMIT = 16;

    @TempDir
    Path folder;

    /** A grey ramp with +-6 levels of noise, on a flat blue band. */
    private static BufferedImage shading() {
        BufferedImage image = new BufferedImage(240, 160, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(3);
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int v = Math.clamp(x + random.nextInt(13) - 6, 0, 255);
                image.setRGB(x, y, y < 40 ? 0x3288bd : v << 16 | v << 8 | v);
            }
        }
        return image;
    }

    private Path write(String name, BufferedImage image, int lossy) throws IOException {
        Path gif = folder.resolve(name);
        try (GifSink sink = new GifSink(gif, 100, false, lossy)) {
            sink.accept(new Frame(0, 1, null, image));
        }
        return gif;
    }

    @Test
    void lossyZeroIsTheLosslessCoding() throws IOException {
        BufferedImage image = shading();
        assertArrayEquals(Files.readAllBytes(write("a.gif", image, 0)), Files.readAllBytes(write("b.gif", image, 0)));
    }

    /** Squared RGB distance. */
    private static int squared(int a, int b) {
        int dr = (a >> 16 & 255) - (b >> 16 & 255), dg = (a >> 8 & 255) - (b >> 8 & 255), db = (a & 255) - (b & 255);
        return dr * dr + dg * dg + db * db;
    }

    @Test
    void addsNoMoreThanTheLimitToAnyPixelsErrorAndShrinksTheFile() throws IOException {
        BufferedImage image = shading();
        Path lossless = write("lossless.gif", image, 0);
        Path lossy = write("lossy.gif", image, LIMIT);
        BufferedImage exact = GifFrames.withImageIo(lossless).frames().getFirst();
        BufferedImage moved = GifFrames.withImageIo(lossy).frames().getFirst();
        int changed = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int source = image.getRGB(x, y), a = exact.getRGB(x, y), b = moved.getRGB(x, y);
                assertTrue(squared(source, b) <= squared(source, a) + LIMIT * LIMIT, "pixel " + x + "," + y);
                if (a != b) changed++;
                if (y < 40) assertTrue((b & 0xffffff) == 0x3288bd, "the flat band keeps its colour");
            }
        }
        assertTrue(changed > 0, "some pixels moved");
        long before = Files.size(lossless), after = Files.size(lossy);
        assertTrue(after < 0.8 * before, after + " bytes against " + before);
        assertTrue(Psnr.rgb(image, moved) > 30, Psnr.rgb(image, moved) + " dB");
    }

    /** The shading with every pixel nudged by up to 3 levels: a frame that barely changed. */
    private static BufferedImage nudged(BufferedImage image, int seed) {
        BufferedImage copy = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        Random random = new Random(seed);
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int c = image.getRGB(x, y), d = y < 40 ? 0 : random.nextInt(7) - 3;
                int r = Math.clamp((c >> 16 & 255) + d, 0, 255), g = Math.clamp((c >> 8 & 255) + d, 0, 255);
                copy.setRGB(x, y, r << 16 | g << 8 | Math.clamp((c & 255) + d, 0, 255));
            }
        }
        return copy;
    }

    private Path writeFrames(String name, List<BufferedImage> frames, int lossy) throws IOException {
        Path gif = folder.resolve(name);
        try (GifSink sink = new GifSink(gif, 100, false, lossy)) {
            for (int i = 0; i < frames.size(); i++) sink.accept(new Frame(i, frames.size(), null, frames.get(i)));
        }
        return gif;
    }

    @Test
    void laterFramesStayWithinTheLimitOfTheirOwnSourceWhereTheyShowTheFrameBefore() throws IOException {
        BufferedImage first = shading();
        List<BufferedImage> frames = List.of(first, nudged(first, 1), nudged(first, 2), first);
        Path lossless = writeFrames("lossless.gif", frames, 0);
        Path lossy = writeFrames("lossy.gif", frames, LIMIT);
        GifFrames.Decoded exact = GifFrames.withImageIo(lossless), moved = GifFrames.withImageIo(lossy);
        for (int f = 0; f < frames.size(); f++) {
            BufferedImage source = frames.get(f), a = exact.frames().get(f), b = moved.frames().get(f);
            for (int y = 0; y < source.getHeight(); y++) {
                for (int x = 0; x < source.getWidth(); x++) {
                    int s = source.getRGB(x, y);
                    assertTrue(squared(s, b.getRGB(x, y)) <= squared(s, a.getRGB(x, y)) + LIMIT * LIMIT, "frame " + f + " pixel " + x + "," + y);
                }
            }
        }
        assertTrue(Files.size(lossy) < 0.6 * Files.size(lossless), Files.size(lossy) + " bytes against " + Files.size(lossless));
    }

    @Test
    void ffmpegShowsWhatImageIoShows() throws Exception {
        BufferedImage first = shading();
        Path lossy = writeFrames("lossy.gif", List.of(first, nudged(first, 1), nudged(first, 2)), LIMIT);
        List<BufferedImage> imageIo = GifFrames.withImageIo(lossy).frames();
        List<BufferedImage> ffmpeg = GifFrames.withFfmpeg(lossy, first.getWidth(), first.getHeight());
        assertEquals(imageIo.size(), ffmpeg.size());
        for (int f = 0; f < imageIo.size(); f++) assertEquals(Psnr.IDENTICAL_DB, Psnr.rgb(imageIo.get(f), ffmpeg.get(f)), "frame " + f);
    }

    @Test
    void aFullTableWithNoTransparentIndexStaysWithinTheLimitToo() throws IOException {
        // Exactly 256 greys (7 is prime to 256): no slot is left for transparency, so later frames are opaque rectangles.
        BufferedImage first = new BufferedImage(64, 64, BufferedImage.TYPE_INT_RGB);
        for (int i = 0; i < 64 * 64; i++) first.setRGB(i % 64, i / 64, (i * 7 % 256) * 0x010101);
        BufferedImage second = new BufferedImage(64, 64, BufferedImage.TYPE_INT_RGB);
        for (int i = 0; i < 64 * 64; i++) second.setRGB(i % 64, i / 64, first.getRGB((i + 64) % 64, (i / 64 + 1) % 64));
        List<BufferedImage> frames = List.of(first, second);
        GifFrames.Decoded exact = GifFrames.withImageIo(writeFrames("lossless.gif", frames, 0));
        GifFrames.Decoded moved = GifFrames.withImageIo(writeFrames("lossy.gif", frames, LIMIT));
        for (int f = 0; f < frames.size(); f++) {
            for (int i = 0; i < 64 * 64; i++) {
                int s = frames.get(f).getRGB(i % 64, i / 64);
                int a = exact.frames().get(f).getRGB(i % 64, i / 64), b = moved.frames().get(f).getRGB(i % 64, i / 64);
                assertTrue(squared(s, b) <= squared(s, a) + LIMIT * LIMIT, "frame " + f + " pixel " + i);
            }
        }
    }

    /**
     * A run of grey A teaches the table long strings of A; then comes a run of pixels whose nearest entry is B
     * but which accept A. Strings that had to start at the pixel's own symbol would show B at least where each
     * string inside the second run starts; with other roots every one of them continues a string of A, and
     * the decoder (javax.imageio) shows exactly what the coder says it shows.
     */
    @Test
    void aStringMayStartAtAnotherSymbolThanItsPixelsOwn() throws IOException {
        int a = 0x404040, b = 0x484848, x = 0x454545;   // x is 27 from b and 75 from a (squared RGB)
        int[] colors = java.util.Arrays.copyOf(new int[] {a, b, 0xffffff}, 256);
        int width = 64, n = width * 4;
        int[] source = new int[n], bound = new int[n];
        byte[] own = new byte[n];
        for (int i = 0; i < n; i++) {
            boolean second = i >= n / 2;
            source[i] = second ? x : a;
            own[i] = (byte) (second ? 1 : 0);
            bound[i] = squared(source[i], colors[own[i]]) + 8 * 8;
        }
        byte[] shown = new byte[n];
        byte[] lzw = new LossyLzw().encode(new LossyLzw.Pixels(colors, source, own, bound, null, -1, new Neighbours(colors, 3)),
                FrameCoder.MIN_CODE_SIZE, shown);
        for (int i = 0; i < n; i++) assertEquals(0, shown[i], "pixel " + i + " shows A");

        Path gif = folder.resolve("roots.gif");
        try (var out = Files.newOutputStream(gif)) {
            GifWriter writer = new GifWriter(out);
            writer.header(width, n / width, colors);
            writer.image(new Rect(0, 0, width, n / width), FrameCoder.MIN_CODE_SIZE, lzw);
            writer.trailer();
        }
        BufferedImage decoded = GifFrames.withImageIo(gif).frames().getFirst();
        for (int i = 0; i < n; i++) assertEquals(a, decoded.getRGB(i % width, i / width) & 0xffffff, "decoded pixel " + i);
    }

    @Test
    void theSameBytesEveryRun() throws IOException {
        BufferedImage first = shading();
        List<BufferedImage> frames = List.of(first, nudged(first, 1), nudged(first, 2));
        assertArrayEquals(Files.readAllBytes(writeFrames("a.gif", frames, LIMIT)), Files.readAllBytes(writeFrames("b.gif", frames, LIMIT)));
    }
}
