package figs.render.check;

import java.awt.image.BufferedImage;

/** How far apart two frames of the same size are, over every R, G and B sample on 0-255. */
final class FrameDifference {
    private FrameDifference() {}

    /** Root mean square of the sample differences: 0 for the same picture. */
    static double rms(BufferedImage expected, BufferedImage actual) {
        requireSameSize(expected, actual);
        int width = expected.getWidth();
        int[] a = new int[width];
        int[] b = new int[width];
        double sum = 0;
        for (int y = 0; y < expected.getHeight(); y++) {
            expected.getRGB(0, y, width, 1, a, 0, width);
            actual.getRGB(0, y, width, 1, b, 0, width);
            for (int x = 0; x < width; x++) {
                for (int shift = 0; shift <= 16; shift += 8) {
                    int d = (a[x] >> shift & 255) - (b[x] >> shift & 255);
                    sum += d * d;
                }
            }
        }
        return Math.sqrt(sum / (3.0 * width * expected.getHeight()));
    }

    /** Per pixel, the largest of its three sample differences. */
    static int[] largest(BufferedImage expected, BufferedImage actual) {
        requireSameSize(expected, actual);
        int width = expected.getWidth();
        int[] a = expected.getRGB(0, 0, width, expected.getHeight(), null, 0, width);
        int[] b = actual.getRGB(0, 0, width, expected.getHeight(), null, 0, width);
        int[] d = new int[a.length];
        for (int i = 0; i < a.length; i++) {
            for (int shift = 0; shift <= 16; shift += 8) {
                d[i] = Math.max(d[i], Math.abs((a[i] >> shift & 255) - (b[i] >> shift & 255)));
            }
        }
        return d;
    }

    static void requireSameSize(BufferedImage expected, BufferedImage actual) {
        if (expected.getWidth() != actual.getWidth() || expected.getHeight() != actual.getHeight()) {
            throw new IllegalArgumentException("frames of " + expected.getWidth() + "x" + expected.getHeight()
                    + " and " + actual.getWidth() + "x" + actual.getHeight() + " cannot be compared pixel by pixel");
        }
    }
}
