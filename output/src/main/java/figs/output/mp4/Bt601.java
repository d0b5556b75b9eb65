package figs.output.mp4;

import figs.output.RgbPixels;
import java.awt.image.BufferedImage;
import org.jcodec.common.model.ColorSpace;
import org.jcodec.common.model.Picture;

/**
 * RGB to Y'CbCr 4:2:0 with the BT.601 matrix in limited ("TV") range, which is what players assume for
 * a stream that says nothing about its colours: Y in 16..235, Cb and Cr in 16..240. Chroma is the
 * mean of each 2 x 2 block. Odd sizes are padded by repeating the last row and column.
 * JCodec keeps 8-bit samples as signed bytes, value - 128. Its H.264 encoder accepts only pictures
 * tagged YUV420J; the tag changes nothing in the stream (no range flag is written), so limited-range
 * samples go in a picture with that tag.
 */
final class Bt601 {
    private Bt601() {}

    static int evenUp(int size) {
        return size + (size & 1);
    }

    static Picture toPicture(BufferedImage image) {
        int w = image.getWidth(), h = image.getHeight();
        int pw = evenUp(w), ph = evenUp(h);
        int[] rgb = RgbPixels.of(image, null);
        Picture picture = Picture.create(pw, ph, ColorSpace.YUV420J);
        lumaPlane(rgb, w, h, picture.getPlaneData(0), pw, ph);
        chromaPlanes(rgb, w, h, picture.getPlaneData(1), picture.getPlaneData(2), pw, ph);
        return picture;
    }

    /**
     * Figures are mostly runs of one colour, so a pixel equal to the one before reuses its value (the
     * same function of the same pixel): the arithmetic runs once per run, not per pixel. A shaded 3-D
     * surface changes colour at almost every pixel but has few colours, so the others come from a small
     * table of the colours met last ({@link Memo}).
     */
    private static void lumaPlane(int[] rgb, int w, int h, byte[] y, int pw, int ph) {
        Memo memo = new Memo();
        int last = -1;
        byte value = 0;
        for (int row = 0; row < ph; row++) {
            int from = Math.min(row, h - 1) * w;
            for (int col = 0; col < pw; col++) {
                int p = rgb[from + Math.min(col, w - 1)] & 0xffffff;
                if (p != last) {
                    int slot = Memo.slot(p);
                    if (memo.keys[slot] == p) {
                        value = memo.values[slot];
                    } else {
                        value = (byte) (luma(p >>> 16 & 0xff, p >>> 8 & 0xff, p & 0xff) - 128);
                        memo.keys[slot] = p;
                        memo.values[slot] = value;
                    }
                    last = p;
                }
                y[row * pw + col] = value;
            }
        }
    }

    /**
     * A direct-mapped table from a key of at most 30 bits (a colour, or a block's channel sums) to what was
     * computed from it; -1 marks an empty slot. Reading it gives the very bytes computing again would.
     */
    private static final class Memo {
        private static final int BITS = 12;
        final int[] keys = new int[1 << BITS];
        final byte[] values = new byte[1 << BITS];
        final byte[] others = new byte[1 << BITS];

        Memo() {
            java.util.Arrays.fill(keys, -1);
        }

        static int slot(int key) {
            return (key * 0x9E3779B1) >>> (32 - BITS);   // Fibonacci hashing: neighbouring colours spread out
        }
    }

    /** Each 2 x 2 block's mean colour; a block of one colour equal to the block before reuses its values. */
    private static void chromaPlanes(int[] rgb, int w, int h, byte[] cb, byte[] cr, int pw, int ph) {
        Memo memo = new Memo();
        int last = -1;
        byte blue = 0, red = 0;
        for (int row = 0; row < ph / 2; row++) {
            int top = Math.min(2 * row, h - 1) * w, bottom = Math.min(2 * row + 1, h - 1) * w;
            for (int col = 0; col < pw / 2; col++) {
                int left = Math.min(2 * col, w - 1), right = Math.min(2 * col + 1, w - 1);
                int p0 = rgb[top + left] & 0xffffff, p1 = rgb[top + right] & 0xffffff;
                int p2 = rgb[bottom + left] & 0xffffff, p3 = rgb[bottom + right] & 0xffffff;
                int at = row * (pw / 2) + col;
                if (p0 == last && p1 == last && p2 == last && p3 == last) {
                    cb[at] = blue;
                    cr[at] = red;
                    continue;
                }
                // Sums of whole numbers: exact in any order, as the double sums they replace were. The two
                // values depend on the three sums alone (at most 1020, ten bits each), which key the memo.
                int r = (p0 >>> 16 & 0xff) + (p1 >>> 16 & 0xff) + (p2 >>> 16 & 0xff) + (p3 >>> 16 & 0xff);
                int g = (p0 >>> 8 & 0xff) + (p1 >>> 8 & 0xff) + (p2 >>> 8 & 0xff) + (p3 >>> 8 & 0xff);
                int b = (p0 & 0xff) + (p1 & 0xff) + (p2 & 0xff) + (p3 & 0xff);
                int key = r << 20 | g << 10 | b, slot = Memo.slot(key);
                if (memo.keys[slot] != key) {
                    memo.keys[slot] = key;
                    memo.values[slot] = (byte) (blueDifference(r / 4.0, g / 4.0, b / 4.0) - 128);
                    memo.others[slot] = (byte) (redDifference(r / 4.0, g / 4.0, b / 4.0) - 128);
                }
                cb[at] = memo.values[slot];
                cr[at] = memo.others[slot];
                boolean flat = p0 == p1 && p1 == p2 && p2 == p3;
                last = flat ? p0 : -1;
                blue = cb[at];
                red = cr[at];
            }
        }
    }

    /** Y' = 16 + (65.481 R + 128.553 G + 24.966 B) / 255 (ITU-R BT.601, with R, G, B in 0..255). */
    static int luma(double r, double g, double b) {
        return clamp(16 + (65.481 * r + 128.553 * g + 24.966 * b) / 255);
    }

    static int blueDifference(double r, double g, double b) {
        return clamp(128 + (-37.797 * r - 74.203 * g + 112.0 * b) / 255);
    }

    static int redDifference(double r, double g, double b) {
        return clamp(128 + (112.0 * r - 93.786 * g - 18.214 * b) / 255);
    }

    private static int clamp(double v) {
        return (int) Math.max(0, Math.min(255, Math.round(v)));
    }
}
