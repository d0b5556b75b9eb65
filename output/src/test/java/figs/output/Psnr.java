package figs.output;

import java.awt.image.BufferedImage;

/** Peak signal-to-noise ratio, the usual measure of how far a lossy copy is from its source. */
public final class Psnr {
    /** Returned for identical inputs instead of infinity, so that means over frames stay finite. */
    public static final double IDENTICAL_DB = 100;

    private Psnr() {}

    /** Over the R, G and B samples of two images of the same size. */
    public static double rgb(BufferedImage a, BufferedImage b) {
        int w = a.getWidth(), h = a.getHeight();
        int[] x = a.getRGB(0, 0, w, h, null, 0, w), y = b.getRGB(0, 0, w, h, null, 0, w);
        double se = 0;
        for (int i = 0; i < x.length; i++) {
            for (int shift = 0; shift < 24; shift += 8) {
                double d = (x[i] >> shift & 255) - (y[i] >> shift & 255);
                se += d * d;
            }
        }
        return of(se, 3.0 * x.length);
    }

    /** Over 8-bit planes of equal length, read as unsigned bytes from {@code offset} in {@code decoded}. */
    public static double plane(byte[] expected, byte[] decoded, int offset) {
        double se = 0;
        for (int i = 0; i < expected.length; i++) {
            double d = (expected[i] & 255) - (decoded[offset + i] & 255);
            se += d * d;
        }
        return of(se, expected.length);
    }

    private static double of(double squaredError, double samples) {
        double mse = squaredError / samples;
        return mse == 0 ? IDENTICAL_DB : 10 * Math.log10(255.0 * 255.0 / mse);
    }
}
