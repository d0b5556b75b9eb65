package figs.output.gif;

import java.util.Arrays;

/**
 * A map from non-negative int keys (RGB colours) to long values, by open addressing with linear
 * probing. Frames have millions of pixels but few colours; a boxed map would allocate per pixel.
 */
final class IntMap {
    private static final int EMPTY = -1;

    private int[] keys;
    private long[] values;
    private int size;

    IntMap(int capacityPowerOfTwo) {
        keys = new int[capacityPowerOfTwo];
        values = new long[capacityPowerOfTwo];
        Arrays.fill(keys, EMPTY);
    }

    int size() {
        return size;
    }

    /** The value of {@code key}, or {@code missing} when it has none. */
    long get(int key, long missing) {
        int slot = slot(key);
        return keys[slot] == key ? values[slot] : missing;
    }

    void put(int key, long value) {
        int slot = claim(key); // before indexing: claiming may grow (replace) the arrays
        values[slot] = value;
    }

    void add(int key, long delta) {
        int slot = claim(key);
        values[slot] += delta;
    }

    /** Every key and value, in slot order. */
    void forEach(Entry action) {
        for (int i = 0; i < keys.length; i++) if (keys[i] != EMPTY) action.accept(keys[i], values[i]);
    }

    @FunctionalInterface
    interface Entry {
        void accept(int key, long value);
    }

    private int claim(int key) {
        int slot = slot(key);
        if (keys[slot] != EMPTY) return slot;
        if ((size + 1) * 2 > keys.length) {
            grow();
            slot = slot(key);
        }
        keys[slot] = key;
        size++;
        return slot;
    }

    private int slot(int key) {
        int mask = keys.length - 1;
        int i = (key * 0x9E3779B1) >>> 8 & mask;
        while (keys[i] != EMPTY && keys[i] != key) i = (i + 1) & mask;
        return i;
    }

    private void grow() {
        int[] oldKeys = keys;
        long[] oldValues = values;
        keys = new int[oldKeys.length * 2];
        values = new long[oldKeys.length * 2];
        Arrays.fill(keys, EMPTY);
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != EMPTY) {
                int s = slot(oldKeys[i]);
                keys[s] = oldKeys[i];
                values[s] = oldValues[i];
            }
        }
    }
}
