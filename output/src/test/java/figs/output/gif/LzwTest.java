package figs.output.gif;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import figs.output.Frame;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Noise fills the 4096-code table many times over: every clear and code-size step gets exercised. */
class LzwTest {
    @TempDir
    Path folder;

    @Test
    void noiseThatForcesManyTableResetsDecodesExactly() throws IOException {
        BufferedImage image = new BufferedImage(301, 257, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(7);
        // 255 colours: as many as the palette keeps exactly beside the transparent index.
        int[] palette = new int[255];
        for (int i = 0; i < 255; i++) palette[i] = i * 0x010203 & 0xffffff;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) image.setRGB(x, y, palette[random.nextInt(y % 3 == 0 ? 255 : 4)]);
        }
        Path gif = folder.resolve("noise.gif");
        try (GifSink sink = new GifSink(gif, 100, false)) {
            sink.accept(new Frame(0, 1, null, image));
        }
        BufferedImage decoded = GifFrames.withImageIo(gif).frames().getFirst();
        for (int y = 0; y < image.getHeight(); y++) {
            assertArrayEquals(row(image, y), row(decoded, y), "row " + y);
        }
    }

    private static int[] row(BufferedImage image, int y) {
        int[] out = image.getRGB(0, y, image.getWidth(), 1, null, 0, image.getWidth());
        for (int i = 0; i < out.length; i++) out[i] &= 0xffffff;
        return out;
    }
}
