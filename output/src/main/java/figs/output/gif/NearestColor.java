package figs.output.gif;

/**
 * Maps a colour to its nearest palette entry by {@link ColorDistance}, remembering every answer: a
 * figure repeats few colours many times. Entries of the palette map to themselves.
 */
final class NearestColor {
    private final int[] palette;
    private final IntMap known = new IntMap(1 << 14);

    NearestColor(int[] palette) {
        this.palette = palette.clone();
        // From the end, so that when an entry repeats, its first index is the one remembered.
        for (int i = palette.length - 1; i >= 0; i--) known.put(palette[i], i);
    }

    int indexOf(int rgb) {
        long index = known.get(rgb, -1);
        if (index >= 0) return (int) index;
        int found = search(rgb);
        known.put(rgb, found);
        return found;
    }

    /** A full scan; ties go to the lower index, so the answer never depends on anything but the palette. */
    private int search(int rgb) {
        int best = 0;
        long bestDistance = Long.MAX_VALUE;
        for (int i = 0; i < palette.length; i++) {
            long d = ColorDistance.squared(rgb, palette[i]);
            if (d < bestDistance) {
                bestDistance = d;
                best = i;
            }
        }
        return best;
    }
}
