package figs.output.mp4.h264;

import java.util.Arrays;

/**
 * The three half-sample planes of a luma picture, by the six-tap filter of 8.4.2.2.1: b (half a sample
 * right), h (half a sample down) and j (both). Samples outside the picture are the nearest edge sample,
 * as the decoder's clamped coordinates make them. Samples are JCodec's, value - 128: the taps add up to 32
 * (and to 1024 for j), so the shift moves every result by exactly 128 and the rounding is the spec's.
 *
 * <p>The planes are made 16 x 16 samples at a time, when a search first reads them ({@link #cover}): most
 * macroblocks of a figure are skipped before any search, and a chart's frames need hardly any of it. JCodec's
 * block interpolator made whole planes in about a sixth of the encoder's time; 16-lane Vector API code
 * was no faster in a batch render, where much of it ran in the API's Java fallback.
 */
final class HalfSamples {
    private static final int TILE = 16;
    /** The unrounded horizontal sums b1 of a tile's rows and the 2 above and 3 below, which j filters again. */
    private final int[] b1 = new int[(TILE + 5) * TILE];
    private byte[] g, b, h, j;
    private int width, height, tilesX;
    private boolean[] made = new boolean[0];

    /** Starts on the luma plane {@code g}; {@code b}, {@code h} and {@code j} (each {@code width * height}) are filled as covered. */
    void start(byte[] g, int width, int height, byte[] b, byte[] h, byte[] j) {
        this.g = g;
        this.b = b;
        this.h = h;
        this.j = j;
        this.width = width;
        this.height = height;
        tilesX = (width + TILE - 1) / TILE;
        int tiles = tilesX * ((height + TILE - 1) / TILE);
        if (made.length != tiles) made = new boolean[tiles];
        else Arrays.fill(made, false);
    }

    /** Makes sure the planes hold samples [x0, x1) x [y0, y1), which lie in the picture. */
    void cover(int x0, int y0, int x1, int y1) {
        for (int ty = y0 / TILE; ty <= (y1 - 1) / TILE; ty++) {
            for (int tx = x0 / TILE; tx <= (x1 - 1) / TILE; tx++) {
                if (!made[ty * tilesX + tx]) {
                    tile(tx * TILE, ty * TILE);
                    made[ty * tilesX + tx] = true;
                }
            }
        }
    }

    private void tile(int x0, int y0) {
        int columns = Math.min(TILE, width - x0), rows = Math.min(TILE, height - y0);
        for (int r = 0; r < rows + 5; r++) {
            int row = clamp(y0 - 2 + r, height) * width;
            for (int c = 0; c < columns; c++) {
                int x = x0 + c;
                b1[r * TILE + c] = tap(g[row + clamp(x - 2, width)], g[row + clamp(x - 1, width)], g[row + x],
                        g[row + clamp(x + 1, width)], g[row + clamp(x + 2, width)], g[row + clamp(x + 3, width)]);
            }
        }
        for (int r = 0; r < rows; r++) {
            int y = y0 + r, at = y * width + x0;
            int r0 = clamp(y - 2, height) * width, r1 = clamp(y - 1, height) * width, r2 = y * width;
            int r3 = clamp(y + 1, height) * width, r4 = clamp(y + 2, height) * width, r5 = clamp(y + 3, height) * width;
            for (int c = 0; c < columns; c++) {
                int x = x0 + c, s = r * TILE + c;
                b[at + c] = clip((b1[s + 2 * TILE] + 16) >> 5);
                h[at + c] = clip((tap(g[r0 + x], g[r1 + x], g[r2 + x], g[r3 + x], g[r4 + x], g[r5 + x]) + 16) >> 5);
                j[at + c] = clip((tap(b1[s], b1[s + TILE], b1[s + 2 * TILE], b1[s + 3 * TILE], b1[s + 4 * TILE], b1[s + 5 * TILE]) + 512) >> 10);
            }
        }
    }

    private static int tap(int e, int f, int g, int h, int i, int j) {
        return e - 5 * f + 20 * g + 20 * h - 5 * i + j;
    }

    private static int clamp(int at, int size) {
        return at < 0 ? 0 : at >= size ? size - 1 : at;
    }

    private static byte clip(int v) {
        return (byte) Math.clamp(v, -128, 127);
    }
}
