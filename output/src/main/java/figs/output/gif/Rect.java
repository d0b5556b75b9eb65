package figs.output.gif;

import java.util.Arrays;

/** A rectangle of pixels, as a GIF image descriptor places a frame on the screen. */
record Rect(int x, int y, int width, int height) {
    /** The smallest rectangle holding every pixel where {@code a} and {@code b} differ, or null when none does. */
    static Rect changed(byte[] a, byte[] b, int width, int height) {
        // Rows compared whole by Arrays.mismatch (vectorised); most rows of most frames are the same.
        int top = -1, bottom = -1, left = width, right = -1;
        for (int y = 0; y < height; y++) {
            int row = y * width;
            int first = Arrays.mismatch(a, row, row + width, b, row, row + width);
            if (first < 0) continue;
            int last = width - 1;
            while (a[row + last] == b[row + last]) last--;
            if (top < 0) top = y;
            bottom = y;
            left = Math.min(left, first);
            right = Math.max(right, last);
        }
        return top < 0 ? null : new Rect(left, top, right - left + 1, bottom - top + 1);
    }

    /** The pixels of {@code image} inside this rectangle, row by row. */
    byte[] crop(byte[] image, int imageWidth) {
        byte[] out = new byte[width * height];
        for (int row = 0; row < height; row++) System.arraycopy(image, (y + row) * imageWidth + x, out, row * width, width);
        return out;
    }

    /** The smallest rectangle holding every pixel that is not a hole, or a single pixel at the origin when all are. */
    static Rect of(boolean[] hole, int width, int height) {
        Rect r = bounds(width, height, i -> !hole[i]);
        return r == null ? new Rect(0, 0, 1, 1) : r;
    }

    /** The smallest rectangle holding every pixel (by its index, row by row) that {@code marked} takes, or null. */
    private static Rect bounds(int width, int height, java.util.function.IntPredicate marked) {
        int top = -1, bottom = -1, left = width, right = -1;
        for (int y = 0; y < height; y++) {
            int row = y * width;
            int first = -1, last = -1;
            for (int x = 0; x < width; x++) {
                if (marked.test(row + x)) {
                    if (first < 0) first = x;
                    last = x;
                }
            }
            if (first >= 0) {
                if (top < 0) top = y;
                bottom = y;
                left = Math.min(left, first);
                right = Math.max(right, last);
            }
        }
        return top < 0 ? null : new Rect(left, top, right - left + 1, bottom - top + 1);
    }

    int[] crop(int[] image, int imageWidth) {
        int[] out = new int[width * height];
        for (int row = 0; row < height; row++) System.arraycopy(image, (y + row) * imageWidth + x, out, row * width, width);
        return out;
    }

    boolean[] crop(boolean[] image, int imageWidth) {
        boolean[] out = new boolean[width * height];
        for (int row = 0; row < height; row++) System.arraycopy(image, (y + row) * imageWidth + x, out, row * width, width);
        return out;
    }

    /** Puts the colours of {@code symbols} (this rectangle's, row by row) onto {@code screen}; {@code transparent} leaves a pixel. */
    void paste(byte[] symbols, int[] colors, int transparent, int[] screen, int imageWidth) {
        for (int row = 0; row < height; row++) {
            for (int col = 0; col < width; col++) {
                int s = symbols[row * width + col] & 0xff;
                if (s != transparent) screen[(y + row) * imageWidth + x + col] = colors[s];
            }
        }
    }
}
