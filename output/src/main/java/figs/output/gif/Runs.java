package figs.output.gif;

import java.util.Arrays;

/**
 * A frame kept as runs of equal pixels, row-major across row ends: pairs of (colour id, run length), the
 * ids of the {@link ColorCounts} that counted them. The sink must hold every frame until the palette is
 * known; figures are mostly flat fills, so runs take a small fraction of the pixels' memory, and colour
 * counting and palette mapping then work once per run instead of once per pixel (and mapping an id is
 * reading an array, not hashing the colour again).
 */
final class Runs {
    /** Runs shorter than this are written a pixel at a time: Arrays.fill's set-up costs more than a few stores (shading's runs are 1 to 6 pixels). */
    private static final int SHORT = 16;

    private final int[] pairs;

    private Runs(int[] pairs) {
        this.pairs = pairs;
    }

    /**
     * The runs of {@code rgb} (the alpha byte ignored), counted into {@code counts}. The runs are found
     * first and their colours counted after, in a loop of their own: the count's table lookups miss the
     * caches, and without the scan's unpredictable branches between them the processor overlaps the misses
     * (on the gradient-descent frames, under half the time of counting each run as it is found).
     */
    static Runs of(int[] rgb, ColorCounts counts) {
        int[] pairs = new int[64];
        int n = 0;
        for (int start = 0; start < rgb.length; ) {
            int color = rgb[start] & 0xffffff;
            int end = start + 1;
            while (end < rgb.length && (rgb[end] & 0xffffff) == color) end++;
            if (n + 2 > pairs.length) pairs = Arrays.copyOf(pairs, pairs.length * 2);
            pairs[n++] = color;
            pairs[n++] = end - start;
            start = end;
        }
        pairs = Arrays.copyOf(pairs, n);
        counts.add(pairs);
        return new Runs(pairs);
    }

    /** Each run's colour id and length, in order. */
    void forEach(RunAction action) {
        for (int i = 0; i < pairs.length; i += 2) action.accept(pairs[i], pairs[i + 1]);
    }

    /** The pixels as 0xRRGGBB; {@code colors} holds the colour of each id. */
    void rgb(int[] colors, int[] into) {
        int at = 0;
        for (int i = 0; i < pairs.length; i += 2) {
            int length = pairs[i + 1], color = colors[pairs[i]];
            if (length < SHORT) {
                for (int end = at + length; at < end; at++) into[at] = color;
            } else {
                Arrays.fill(into, at, at + length, color);
                at += length;
            }
        }
    }

    /** The pixels as palette indices; {@code indices} holds the index of each id. */
    void indices(byte[] indices, byte[] into) {
        int at = 0;
        for (int i = 0; i < pairs.length; i += 2) {
            int length = pairs[i + 1];
            byte index = indices[pairs[i]];
            if (length < SHORT) {
                for (int end = at + length; at < end; at++) into[at] = index;
            } else {
                Arrays.fill(into, at, at + length, index);
                at += length;
            }
        }
    }

    @FunctionalInterface
    interface RunAction {
        void accept(int id, int length);
    }
}
