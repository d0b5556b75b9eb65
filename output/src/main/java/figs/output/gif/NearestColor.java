package figs.output.gif;

/**
 * Maps a colour to its nearest palette entry by weighted squared distance (2 R, 4 G, 3 B, a cheap
 * stand-in for perceived difference), remembering every answer: a figure repeats few colours many times.
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
}
