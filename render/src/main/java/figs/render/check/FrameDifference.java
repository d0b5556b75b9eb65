package figs.render.check;

import java.awt.image.BufferedImage;

/** How far apart two frames of the same size are, over every R, G and B sample on 0-255. */
final class FrameDifference {
    private FrameDifference() {}

    /** Root mean square of the sample differences: 0 for the same picture. */
    static double rms(BufferedImage expected, BufferedImage actual) {
        requireSameSize(expected, actual);
        int[] a = Pixels.of(expected);
        int[] b = Pixels.of(actual);
        long sum = 0;
        for (int i = 0; i < a.length; i++) {
            for (int shift = 0; shift <= 16; shift += 8) {
                int d = (a[i] >> shift & 255) - (b[i] >> shift & 255);
                sum += d * d;
            }
        }
        return Math.sqrt(sum / (3.0 * a.length));
    }

    /** Per pixel, the largest of its three sample differences. */
    static int[] largest(BufferedImage expected, BufferedImage actual) {
        requireSameSize(expected, actual);
        int[] a = Pixels.of(expected);
        int[] b = Pixels.of(actual);
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
