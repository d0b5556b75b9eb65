package figs.output.gif;

import java.util.stream.IntStream;

/**
 * Lloyd's algorithm (k-means, Lloyd 1982) refining a palette in plain RGB squared error, the error PSNR
 * measures: every colour goes to its nearest entry, and each entry that may move becomes the
 * count-weighted mean of its colours, for a fixed number of rounds or until no entry moves. Entries
 * that are fixed (the figure's exact fills) attract colours but never move. Sums are integers (exact in
 * any order, so they may be split over threads) and ties go to the lower entry, so the result depends
 * on nothing but the input. Each round finds the nearest entries through a {@link CellGrid}, which
 * compares a colour with the few entries near its cell of the colour cube.
 */
final class Lloyd {
    /** Colours per task of the assignment step. */
    private static final int CHUNK = 1 << 14;

    private Lloyd() {}

    /**
     * Refines {@code palette} in place: entries from {@code firstMovable} on move, those before stay.
     * {@code packed} holds distinct colours as (count << 24 | rgb).
     */
    static void refine(long[] packed, int[] palette, int firstMovable, int rounds) {
        int n = packed.length, k = palette.length;
        int[] rgb = new int[n];
        long[] count = new long[n];
        for (int i = 0; i < n; i++) {
            rgb[i] = ColorCounts.rgb(packed[i]);
            count[i] = ColorCounts.count(packed[i]);
        }
        CellGrid grid = new CellGrid(rgb);
        for (int round = 0; round < rounds; round++) {
            int[][] candidates = grid.candidates(palette);
            // Colours are assigned in chunks on several threads; integer sums are exact, so any order of adding
            // them gives the same palette.
            long[] sums = IntStream.range(0, (n + CHUNK - 1) / CHUNK).parallel()
                    .mapToObj(chunk -> sums(rgb, count, chunk * CHUNK, Math.min(n, (chunk + 1) * CHUNK), grid, candidates, palette))
                    .reduce(new long[4 * k], Lloyd::added);
            boolean moved = false;
            for (int e = firstMovable; e < k; e++) {
                long w = sums[4 * e];
                if (w == 0) continue;
                int mean = rounded(sums[4 * e + 1], w) << 16 | rounded(sums[4 * e + 2], w) << 8 | rounded(sums[4 * e + 3], w);
                if (mean != palette[e]) {
                    palette[e] = mean;
                    moved = true;
                }
            }
            if (!moved) break;
        }
    }

    /** Count, then count-weighted red, green and blue sums of the colours {@code from} to {@code to} nearest each entry. */
    private static long[] sums(int[] rgb, long[] count, int from, int to, CellGrid grid, int[][] candidates, int[] palette) {
        long[] sums = new long[4 * palette.length];
        for (int i = from; i < to; i++) {
            int e = grid.nearest(i, candidates, palette), c = rgb[i];
            sums[4 * e] += count[i];
            sums[4 * e + 1] += count[i] * (c >>> 16 & 0xff);
            sums[4 * e + 2] += count[i] * (c >>> 8 & 0xff);
            sums[4 * e + 3] += count[i] * (c & 0xff);
        }
        return sums;
    }

    private static long[] added(long[] a, long[] b) {
        long[] sum = new long[a.length];
        for (int i = 0; i < a.length; i++) sum[i] = a[i] + b[i];
        return sum;
    }

    /** The entry nearest {@code c} in squared RGB distance, ties to the lower index, by scanning them all (what {@link CellGrid} must find). */
    static int nearest(int c, int[] palette) {
        int best = 0;
        for (int e = 1; e < palette.length; e++) if (ColorDistance.rgb(c, palette[e]) < ColorDistance.rgb(c, palette[best])) best = e;
        return best;
    }

    /** sum / w rounded half up, in integers. */
    private static int rounded(long sum, long w) {
        return (int) ((2 * sum + w) / (2 * w));
    }
}
