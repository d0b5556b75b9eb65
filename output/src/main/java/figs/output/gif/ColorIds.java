package figs.output.gif;

import java.util.Arrays;

/**
 * Dense ids for RGB colours, 0, 1, 2 ... in the order they are first seen, so that what is known of each
 * colour (its counts, its palette index) lives in plain arrays and a frame can be kept as ids: a colour is
 * hashed once per run, when it is counted, and not again when it is mapped to the palette. Open addressing
 * with linear probing, at most half full, each slot one long (id << 32 | rgb): a lookup reads one cache line,
 * where separate key and value arrays read two (a shaded surface's table is megabytes, far beyond the caches
 * nearest the core).
 */
final class ColorIds {
    private static final long EMPTY = -1; // its low half is no 0xRRGGBB value

    private long[] slots = new long[1 << 12];
    /** Fibonacci hashing takes the top bits of the product: 32 minus the bits of the slot count. */
    private int shift = 32 - 12;
    private int[] colors = new int[1 << 10];
    private int size;

    ColorIds() {
        Arrays.fill(slots, EMPTY);
    }

    /** The id of {@code rgb} (0xRRGGBB), the next free one when it is new. */
    int add(int rgb) {
        int mask = slots.length - 1;
        int i = rgb * 0x9E3779B1 >>> shift;
        for (long slot; (slot = slots[i]) != EMPTY; i = (i + 1) & mask) {
            if ((int) slot == rgb) return (int) (slot >>> 32);
        }
        if (size == colors.length) colors = Arrays.copyOf(colors, 2 * size);
        colors[size] = rgb;
        slots[i] = (long) size << 32 | rgb;
        if (2 * ++size > slots.length) grow();
        return size - 1;
    }

    /** The id of {@code rgb}, or -1 when it was never added. */
    int find(int rgb) {
        int mask = slots.length - 1;
        for (int i = rgb * 0x9E3779B1 >>> shift; slots[i] != EMPTY; i = (i + 1) & mask) {
            if ((int) slots[i] == rgb) return (int) (slots[i] >>> 32);
        }
        return -1;
    }

    int size() {
        return size;
    }

    /** The colour of every id, in id order. */
    int[] colors() {
        return Arrays.copyOf(colors, size);
    }

    int rgb(int id) {
        return colors[id];
    }

    private void grow() {
        long[] old = slots;
        slots = new long[2 * old.length];
        shift--;
        Arrays.fill(slots, EMPTY);
        int mask = slots.length - 1;
        for (long slot : old) {
            if (slot == EMPTY) continue;
            int i = (int) slot * 0x9E3779B1 >>> shift;
            while (slots[i] != EMPTY) i = (i + 1) & mask;
            slots[i] = slot;
        }
    }
}
