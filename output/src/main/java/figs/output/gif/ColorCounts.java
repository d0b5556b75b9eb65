package figs.output.gif;

import java.util.Arrays;

/**
 * How often each RGB colour occurs across the frames, in all and within runs of at least
 * {@link #FLAT_RUN} equal pixels of a row (flat fields, as opposed to shading and edges). Colours are
 * kept by their {@link ColorIds}, which the frames' {@link Runs} hold instead of the colours.
 */
final class ColorCounts {
    /** A row run this long or longer is part of a flat field. */
    static final int FLAT_RUN = 4;

    /** Counts are packed above the 24 colour bits of a long, which leaves them 39 bits. */
    private static final long MAX_COUNT = (1L << 39) - 1;

    private final ColorIds ids = new ColorIds();
    /** By id: pixels in all, and pixels in flat runs. */
    private long[] counts = new long[1 << 10];
    private long[] flat = new long[1 << 10];

    /** Adds a run of {@code count} pixels of colour {@code rgb}; returns the colour's id. */
    int add(int rgb, long count) {
        int id = ids.add(rgb & 0xffffff);
        room(id + 1);
        counts[id] += count;
        if (count >= FLAT_RUN) flat[id] += count;
        return id;
    }

    /**
     * Adds runs given as pairs of (0xRRGGBB, length), and replaces each colour by its id. Every colour is
     * looked up before any is counted: each lookup then depends on nothing before it, and the processor
     * waits for several cache misses at once.
     */
    void add(int[] pairs) {
        for (int i = 0; i < pairs.length; i += 2) pairs[i] = ids.add(pairs[i]);
        room(ids.size());
        for (int i = 0; i < pairs.length; i += 2) {
            int id = pairs[i], length = pairs[i + 1];
            counts[id] += length;
            if (length >= FLAT_RUN) flat[id] += length;
        }
    }

    private void room(int ids) {
        if (ids <= counts.length) return;
        int length = Math.max(ids, 2 * counts.length);
        counts = Arrays.copyOf(counts, length);
        flat = Arrays.copyOf(flat, length);
    }

    /** Pixels of {@code rgb} that lie in flat runs. */
    long flat(int rgb) {
        int id = ids.find(rgb & 0xffffff);
        return id < 0 ? 0 : flat[id];
    }

    /** The colour (0xRRGGBB) of every id, in id order. */
    int[] colors() {
        return ids.colors();
    }

    /** Entries of (count << 24 | rgb), most frequent first; ties by colour value, so the order is reproducible. */
    long[] byFrequency() {
        long[] packed = new long[ids.size()];
        for (int id = 0; id < packed.length; id++) packed[id] = (Math.min(counts[id], MAX_COUNT) << 24) | ids.rgb(id);
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
