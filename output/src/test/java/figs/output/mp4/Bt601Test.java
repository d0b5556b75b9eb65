package figs.output.mp4;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.awt.image.BufferedImage;
import java.util.Random;
import org.jcodec.common.model.Picture;
import org.junit.jupiter.api.Test;

/**
 * The planes {@link Bt601#toPicture} makes, with its shortcuts (runs of one colour, the memo of colours
 * and of 2 x 2 sums), hold what the formulas give pixel by pixel and block by block: on a picture of few
 * colours that recur (the memo's hits), and on one of many (its slots overwritten), with odd sizes.
 */
class Bt601Test {
    @Test
    void fewColoursThatRecur() {
        Random random = new Random(1);
        int[] palette = new int[300];
        for (int i = 0; i < palette.length; i++) palette[i] = random.nextInt(1 << 24);
        BufferedImage image = new BufferedImage(101, 67, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < image.getHeight(); y++)
            for (int x = 0; x < image.getWidth(); x++) image.setRGB(x, y, palette[random.nextInt(random.nextBoolean() ? 3 : palette.length)]);
        assertPlanes(image);
    }

    @Test
    void manyColours() {
        Random random = new Random(2);
        BufferedImage image = new BufferedImage(255, 129, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < image.getHeight(); y++)
            for (int x = 0; x < image.getWidth(); x++) image.setRGB(x, y, random.nextInt(1 << 24));
        assertPlanes(image);
    }

    private static void assertPlanes(BufferedImage image) {
        int w = image.getWidth(), h = image.getHeight(), pw = Bt601.evenUp(w), ph = Bt601.evenUp(h);
        byte[] y = new byte[pw * ph], cb = new byte[pw * ph / 4], cr = new byte[pw * ph / 4];
        for (int row = 0; row < ph; row++) {
            for (int col = 0; col < pw; col++) {
                int p = image.getRGB(Math.min(col, w - 1), Math.min(row, h - 1));
                y[row * pw + col] = (byte) (Bt601.luma(p >> 16 & 0xff, p >> 8 & 0xff, p & 0xff) - 128);
            }
        }
        for (int row = 0; row < ph / 2; row++) {
            for (int col = 0; col < pw / 2; col++) {
                double r = 0, g = 0, b = 0;
                for (int dy = 0; dy < 2; dy++) {
                    for (int dx = 0; dx < 2; dx++) {
                        int p = image.getRGB(Math.min(2 * col + dx, w - 1), Math.min(2 * row + dy, h - 1));
                        r += p >> 16 & 0xff;
                        g += p >> 8 & 0xff;
                        b += p & 0xff;
                    }
                }
                cb[row * (pw / 2) + col] = (byte) (Bt601.blueDifference(r / 4, g / 4, b / 4) - 128);
                cr[row * (pw / 2) + col] = (byte) (Bt601.redDifference(r / 4, g / 4, b / 4) - 128);
            }
        }
        Picture picture = Bt601.toPicture(image);
        assertArrayEquals(y, picture.getPlaneData(0), "Y");
        assertArrayEquals(cb, picture.getPlaneData(1), "Cb");
        assertArrayEquals(cr, picture.getPlaneData(2), "Cr");
    }
}
