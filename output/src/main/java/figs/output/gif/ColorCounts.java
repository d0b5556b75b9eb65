package figs.output.gif;

import java.util.Arrays;

/**
 * How often each RGB colour occurs across the frames, in all and within runs of at least
 * {@link #FLAT_RUN} equal pixels of a row (flat fields, as opposed to shading and edges).
 */
final class ColorCounts {
    /** A row run this long or longer is part of a flat field. */
    static final int FLAT_RUN = 4;

    /** Counts are packed above the 24 colour bits of a long, which leaves them 39 bits. */
    private static final long MAX_COUNT = (1L << 39) - 1;

    private final IntMap counts = new IntMap(1 << 12);
    private final IntMap flat = new IntMap(1 << 10);

    /** Adds a run of {@code count} pixels of colour {@code rgb}. */
    void add(int rgb, long count) {
        counts.add(rgb & 0xffffff, count);
        if (count >= FLAT_RUN) flat.add(rgb & 0xffffff, count);
    }

    /** Pixels of {@code rgb} that lie in flat runs. */
    long flat(int rgb) {
        return flat.get(rgb & 0xffffff, 0);
    }

    /** Entries of (count << 24 | rgb), most frequent first; ties by colour value, so the order is reproducible. */
    long[] byFrequency() {
        long[] packed = new long[counts.size()];
        int[] n = {0};
        counts.forEach((rgb, count) -> packed[n[0]++] = (Math.min(count, MAX_COUNT) << 24) | rgb);
        Arrays.sort(packed);
        for (int i = 0, j = packed.length - 1; i < j; i++, j--) {
            long t = packed[i];
            packed[i] = packed[j];
            packed[j] = t;
        }
        return packed;
    }

    static long count(long packed) {
        return packed >>> 24;
    }

    static int rgb(long packed) {
        return (int) (packed & 0xffffff);
    }
}
