package figs.output.gif;

import java.util.Arrays;

/**
 * How often each RGB colour occurs, in an open-addressing hash table of int keys: frames of figures
 * have few colours but many pixels, and a boxed map would allocate per pixel.
 */
final class ColorCounts {
    private static final int EMPTY = -1;

    private int[] keys = new int[1 << 12];
    private long[] counts = new long[1 << 12];
    private int size;

    ColorCounts() {
        Arrays.fill(keys, EMPTY);
    }

    void add(int rgb, long count) {
        int slot = slot(rgb & 0xffffff);
        if (keys[slot] == EMPTY) {
            keys[slot] = rgb & 0xffffff;
            size++;
            if (size * 2 > keys.length) grow();
            slot = slot(rgb & 0xffffff);
        }
        counts[slot] += count;
    }

    int size() {
        return size;
    }

    /** Colours and counts, most frequent first (ties by colour value, so the order is reproducible). */
    long[] byFrequency() {
        long[] packed = new long[size];
        int n = 0;
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] != EMPTY) packed[n++] = (Math.min(counts[i], (1L << 39) - 1) << 24) | keys[i];
        }
        Arrays.sort(packed);
        for (int i = 0, j = n - 1; i < j; i++, j--) {
            long t = packed[i];
            packed[i] = packed[j];
            packed[j] = t;
        }
        return packed;
    }

    private int slot(int key) {
        int mask = keys.length - 1;
        int i = (key * 0x9E3779B1) >>> 7 & mask;
        while (keys[i] != EMPTY && keys[i] != key) i = (i + 1) & mask;
        return i;
    }

    private void grow() {
        int[] oldKeys = keys;
        long[] oldCounts = counts;
        keys = new int[oldKeys.length * 2];
        counts = new long[oldKeys.length * 2];
        Arrays.fill(keys, EMPTY);
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != EMPTY) {
                int s = slot(oldKeys[i]);
                keys[s] = oldKeys[i];
                counts[s] = oldCounts[i];
            }
        }
    }
}
