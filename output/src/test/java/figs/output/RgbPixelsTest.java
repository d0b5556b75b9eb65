package figs.output;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.awt.image.BufferedImage;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The fast copy must give getRGB's colours, whatever kind of raster it is handed. */
class RgbPixelsTest {
    private static final int W = 37, H = 23;

    @Test
    void givesTheColoursOfGetRgbForEveryKindOfRaster() {
        for (int type : new int[] {BufferedImage.TYPE_INT_RGB, BufferedImage.TYPE_INT_ARGB, BufferedImage.TYPE_3BYTE_BGR}) {
            BufferedImage image = noise(type, W, H);
            assertArrayEquals(masked(image), masked(RgbPixels.of(image, null)), "type " + type);
            BufferedImage part = image.getSubimage(3, 2, W - 7, H - 5);
            assertArrayEquals(masked(part), masked(RgbPixels.of(part, new int[(W - 7) * (H - 5)])), "a sub-image of type " + type);
        }
    }

    private static BufferedImage noise(int type, int w, int h) {
        SplittableRandom random = new SplittableRandom(type);
        BufferedImage image = new BufferedImage(w, h, type);
        for (int y = 0; y < h; y++) for (int x = 0; x < w; x++) image.setRGB(x, y, 0xff000000 | random.nextInt(1 << 24));
        return image;
    }

    private static int[] masked(BufferedImage image) {
        return masked(image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth()));
    }

    private static int[] masked(int[] pixels) {
        int[] out = pixels.clone();
        for (int i = 0; i < out.length; i++) out[i] &= 0xffffff;
        return out;
    }
}
