package figs.output.gif;

import java.util.Arrays;

/**
 * Maps a colour to its nearest palette entry by weighted squared distance (2 R, 4 G, 3 B, a cheap
 * stand-in for perceived difference), remembering every answer: a figure repeats few colours many times.
 */
final class NearestColor {
    private static final int EMPTY = -1;

    private final int[] palette;
    private int[] keys = new int[1 << 14];
    private int[] values = new int[1 << 14];
    private int size;

    NearestColor(int[] palette) {
        this.palette = palette.clone();
        Arrays.fill(keys, EMPTY);
        for (int i = palette.length - 1; i >= 0; i--) put(palette[i], i);
    }

    int indexOf(int rgb) {
        int slot = slot(rgb);
        if (keys[slot] == rgb) return values[slot];
        int index = search(rgb);
        put(rgb, index);
        return index;
    }

    private int search(int rgb) {
        int r = rgb >>> 16 & 0xff, g = rgb >>> 8 & 0xff, b = rgb & 0xff;
        int best = 0;
        long bestDistance = Long.MAX_VALUE;
        for (int i = 0; i < palette.length; i++) {
            int p = palette[i];
            long dr = r - (p >>> 16 & 0xff), dg = g - (p >>> 8 & 0xff), db = b - (p & 0xff);
            long d = 2 * dr * dr + 4 * dg * dg + 3 * db * db;
            if (d < bestDistance) {
                bestDistance = d;
                best = i;
            }
        }
        return best;
    }

    private void put(int rgb, int index) {
        int slot = slot(rgb);
        if (keys[slot] == EMPTY) size++;
        keys[slot] = rgb;
        values[slot] = index;
        if (size * 2 > keys.length) grow();
    }

    private int slot(int key) {
        int mask = keys.length - 1;
        int i = (key * 0x9E3779B1) >>> 9 & mask;
        while (keys[i] != EMPTY && keys[i] != key) i = (i + 1) & mask;
        return i;
    }

    private void grow() {
        int[] oldKeys = keys, oldValues = values;
        keys = new int[oldKeys.length * 2];
        values = new int[oldKeys.length * 2];
        Arrays.fill(keys, EMPTY);
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) if (oldKeys[i] != EMPTY) put(oldKeys[i], oldValues[i]);
    }
}
