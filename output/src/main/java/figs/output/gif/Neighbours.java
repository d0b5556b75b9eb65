package figs.output.gif;

import java.util.Arrays;

/**
 * For each palette entry, the other entries in order of squared RGB distance from it (ties by index), so
 * that the entries near a pixel's colour can be listed without scanning the whole table: an entry within
 * distance r of a pixel lies within r + d of the pixel's nearest entry, d being the pixel's own distance.
 */
final class Neighbours {
    /** by[e] lists the other entries nearest first; squared[e] their squared distances from e, in the same order. */
    private final int[][] by;
    private final int[][] squared;

    /** The first {@code count} entries of {@code colors} (0xRRGGBB). */
    Neighbours(int[] colors, int count) {
        by = new int[count][];
        squared = new int[count][];
        for (int e = 0; e < count; e++) {
            long[] keyed = new long[count - 1];
            for (int o = 0, k = 0; o < count; o++) {
                if (o != e) keyed[k++] = (long) ColorDistance.rgb(colors[e], colors[o]) << 32 | o;
            }
            Arrays.sort(keyed);
            by[e] = new int[keyed.length];
            squared[e] = new int[keyed.length];
            for (int k = 0; k < keyed.length; k++) {
                by[e][k] = (int) keyed[k];
                squared[e][k] = (int) (keyed[k] >>> 32);
            }
        }
    }

    /** How many entries the table has. */
    int count() {
        return by.length;
    }

    /** The other entries of {@code entry}, nearest first. */
    int[] of(int entry) {
        return by[entry];
    }

    /** Their squared distances from {@code entry}, in the order of {@link #of}. */
    int[] squaredDistances(int entry) {
        return squared[entry];
    }
}
