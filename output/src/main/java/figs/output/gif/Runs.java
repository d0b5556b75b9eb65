package figs.output.gif;

import java.util.Arrays;

/**
 * A frame kept as runs of equal pixels, row-major across row ends: pairs of (0xRRGGBB, run length).
 * The sink must hold every frame until the palette is known; figures are mostly flat fills, so runs
 * take a small fraction of the pixels' memory, and colour counting and palette mapping then work once
 * per run instead of once per pixel.
 */
final class Runs {
    private final int[] pairs;
    private final int pixels;

    private Runs(int[] pairs, int pixels) {
        this.pairs = pairs;
        this.pixels = pixels;
    }

    static Runs of(int[] rgb) {
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
        return new Runs(Arrays.copyOf(pairs, n), rgb.length);
    }

    int pixels() {
        return pixels;
    }

    /** Each run's colour and length, in order. */
    void forEach(RunAction action) {
        for (int i = 0; i < pairs.length; i += 2) action.accept(pairs[i], pairs[i + 1]);
    }

    /** The pixels as 0xRRGGBB. */
    void rgb(int[] into) {
        int at = 0;
        for (int i = 0; i < pairs.length; i += 2) {
            Arrays.fill(into, at, at + pairs[i + 1], pairs[i]);
            at += pairs[i + 1];
        }
    }

    /** Palette indices of every pixel, one lookup per run. */
    void indices(Palette palette, byte[] into) {
        int at = 0;
        for (int i = 0; i < pairs.length; i += 2) {
            int length = pairs[i + 1];
            Arrays.fill(into, at, at + length, (byte) palette.indexOf(pairs[i]));
            at += length;
        }
    }

    @FunctionalInterface
    interface RunAction {
        void accept(int rgb, int length);
    }
}
