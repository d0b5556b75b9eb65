package figs.output.gif;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * One colour table for all frames of an animation. Figures are flat fills with anti-aliased edges and
 * text: when they hold at most 256 colours they are kept exactly; otherwise the colours covering a
 * visible share of the pixels (the fills) are kept exactly and median cut, weighted by pixel count,
 * summarises the rest (the edge blends). Pixels map to their nearest entry without dithering, so flat
 * areas stay flat.
 */
final class Palette {
    /** 256 entries minus one kept free for the transparent index of difference frames. */
    static final int SIZE = 255;
    /** A colour on at least this share of all pixels is a fill and keeps its exact value. */
    private static final double FILL_SHARE = 1e-4;
    /** At most this many entries go to exact fills; the rest summarise the blends. */
    private static final int MAX_EXACT = 160;

    private final int[] colors;
    private final NearestColor nearest;

    private Palette(int[] colors) {
        this.colors = colors;
        this.nearest = new NearestColor(colors);
    }

    static Palette of(ColorCounts counts) {
        long[] byFrequency = counts.byFrequency();
        if (byFrequency.length <= SIZE) return new Palette(rgbOf(byFrequency, byFrequency.length));
        long total = 0;
        for (long p : byFrequency) total += p >>> 24;
        int exact = 0;
        while (exact < MAX_EXACT && (byFrequency[exact] >>> 24) >= FILL_SHARE * total) exact++;
        List<Integer> table = new ArrayList<>();
        for (int i = 0; i < exact; i++) table.add((int) (byFrequency[i] & 0xffffff));
        long[] rest = Arrays.copyOfRange(byFrequency, exact, byFrequency.length);
        for (int rgb : MedianCut.colors(rest, SIZE - exact)) table.add(rgb);
        return new Palette(table.stream().mapToInt(Integer::intValue).toArray());
    }

    /** Palette entries as 0xRRGGBB. */
    int[] colors() {
        return colors.clone();
    }

    int size() {
        return colors.length;
    }

    /** The index of the entry nearest to {@code rgb}; exact entries map to themselves. */
    int indexOf(int rgb) {
        return nearest.indexOf(rgb & 0xffffff);
    }

    private static int[] rgbOf(long[] packed, int n) {
        int[] rgb = new int[n];
        for (int i = 0; i < n; i++) rgb[i] = (int) (packed[i] & 0xffffff);
        Integer[] boxed = Arrays.stream(rgb).boxed().toArray(Integer[]::new);
        Arrays.sort(boxed, Comparator.naturalOrder());
        return Arrays.stream(boxed).mapToInt(Integer::intValue).toArray();
    }
}
