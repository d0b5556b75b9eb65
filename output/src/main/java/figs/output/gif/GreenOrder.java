package figs.output.gif;

import java.util.Arrays;

/**
 * A palette sorted by green, searched outward from a colour's green: once the green difference alone
 * outweighs the best distance found, no entry farther out can be nearer. Gives exactly a full scan's
 * answer by {@link ColorDistance#squared}, ties to the lower index included, in a fraction of the
 * comparisons: its green weight is the constant 1024 (the red and blue weights vary, so green is the one
 * channel that bounds it alone).
 */
final class GreenOrder {
    private final int[] palette;
    private final int[] byGreen; // entry indices sorted by (green, index)
    private final int[] green;
    /** The first position in byGreen whose green is >= g, for every g 0..256. */
    private final int[] start = new int[257];

    GreenOrder(int[] palette) {
        this.palette = palette;
        long[] keys = new long[palette.length];
        for (int e = 0; e < palette.length; e++) keys[e] = (long) (palette[e] >>> 8 & 0xff) << 32 | e;
        Arrays.sort(keys);
        byGreen = new int[palette.length];
        green = new int[palette.length];
        for (int i = 0; i < keys.length; i++) {
            byGreen[i] = (int) keys[i];
            green[i] = (int) (keys[i] >>> 32);
        }
        for (int g = 0, i = 0; g <= 256; g++) {
            while (i < green.length && green[i] < g) i++;
            start[g] = i;
        }
    }

    /** The entry nearest {@code c} by {@link ColorDistance#squared}; ties to the lower index. */
    int nearest(int c) {
        int r = c >>> 16 & 0xff, g = c >>> 8 & 0xff, b = c & 0xff;
        int best = -1, bestDistance = Integer.MAX_VALUE; // the largest distance, 1279 * 255² + 1024 * 255², fits an int
        int up = start[g], down = up - 1;
        while (up < byGreen.length || down >= 0) {
            int dgUp = up < byGreen.length ? green[up] - g : Integer.MAX_VALUE;
            int dgDown = down >= 0 ? g - green[down] : Integer.MAX_VALUE;
            int i = dgUp <= dgDown ? up++ : down--;
            int dg = Math.min(dgUp, dgDown);
            if (1024 * dg * dg > bestDistance) break;
            int e = byGreen[i], p = palette[e];
            int pr = p >>> 16 & 0xff, dr = r - pr, db = b - (p & 0xff);
            int redMean = (r + pr) >> 1;
            int d = (512 + redMean) * dr * dr + 1024 * dg * dg + (767 - redMean) * db * db;
            if (d < bestDistance || (d == bestDistance && e < best)) {
                bestDistance = d;
                best = e;
            }
        }
        return best;
    }
}
