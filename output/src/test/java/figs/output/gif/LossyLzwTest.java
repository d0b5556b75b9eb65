package figs.output.gif;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import figs.output.Frame;
import figs.output.Psnr;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Lossy LZW on shading with noise, as a 3-D surface has: smaller, every pixel within the limit, flat colour kept. */
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
        byte[] pixels = new byte[5000];
        new Random(1).nextBytes(pixels);
        assertArrayEquals(new Lzw().encode(pixels, 8), new Lzw(new int[65536], 0).encode(pixels, 8));
    }

    @Test
    void movesNoPixelFartherThanTheLimitFromItsLosslessColourAndShrinksTheFile() throws IOException {
        BufferedImage image = shading();
        Path lossless = write("lossless.gif", image, 0);
        Path lossy = write("lossy.gif", image, LIMIT);
        BufferedImage exact = GifFrames.withImageIo(lossless).frames().getFirst();
        BufferedImage moved = GifFrames.withImageIo(lossy).frames().getFirst();
        int changed = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int a = exact.getRGB(x, y), b = moved.getRGB(x, y);
                int dr = (a >> 16 & 255) - (b >> 16 & 255), dg = (a >> 8 & 255) - (b >> 8 & 255), db = (a & 255) - (b & 255);
                assertTrue(dr * dr + dg * dg + db * db <= LIMIT * LIMIT, "pixel " + x + "," + y);
                if (a != b) changed++;
                if (y < 40) assertTrue((b & 0xffffff) == 0x3288bd, "the flat band keeps its colour");
            }
        }
        assertTrue(changed > 0, "some pixels moved");
        long before = Files.size(lossless), after = Files.size(lossy);
        assertTrue(after < 0.8 * before, after + " bytes against " + before);
        assertTrue(Psnr.rgb(image, moved) > 30, Psnr.rgb(image, moved) + " dB");
    }
}
