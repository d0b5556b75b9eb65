package figs.output.gif;

/**
 * How different two colours look, cheaply: Riemersma's "redmean" approximation
 * (compuphase.com/cmetric.htm), squared RGB differences weighted by (2 + r/256, 4, 2 + (255 - r)/256)
 * where r is the mean red of the two. Green counts most and the red/blue balance follows how red the
 * colours are, which tracks perceived difference far better than plain RGB distance at no real cost.
 */
final class ColorDistance {
    /** The weights at mid red (2.5, 4, 2.5), times 2: for median cut, which compares spreads, not colour pairs. */
    static final int[] MID_WEIGHTS = {5, 8, 5};

    private ColorDistance() {}

    /** The plain squared RGB distance, the error PSNR counts. */
    static int rgb(int rgb1, int rgb2) {
        int dr = (rgb1 >>> 16 & 0xff) - (rgb2 >>> 16 & 0xff), dg = (rgb1 >>> 8 & 0xff) - (rgb2 >>> 8 & 0xff);
        int db = (rgb1 & 0xff) - (rgb2 & 0xff);
        return dr * dr + dg * dg + db * db;
    }

    /** The squared distance times 256, in integers. */
    static long squared(int rgb1, int rgb2) {
        int r1 = rgb1 >>> 16 & 0xff, r2 = rgb2 >>> 16 & 0xff;
        long dr = r1 - r2, dg = (rgb1 >>> 8 & 0xff) - (rgb2 >>> 8 & 0xff), db = (rgb1 & 0xff) - (rgb2 & 0xff);
        long redMean = (r1 + r2) >> 1;
        return (512 + redMean) * dr * dr + 1024 * dg * dg + (767 - redMean) * db * db;
    }
}
