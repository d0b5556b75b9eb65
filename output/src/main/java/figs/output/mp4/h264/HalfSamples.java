package figs.output.mp4.h264;

import jdk.incubator.vector.ByteVector;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.ShortVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * The three half-sample planes of a luma picture, by the six-tap filter of 8.4.2.2.1: b (half a sample
 * right), h (half a sample down) and j (both). Samples outside the picture are the nearest edge sample,
 * as the decoder's clamped coordinates make them. Samples are JCodec's, value - 128: the taps add up to 32
 * (and to 1024 for j), so the shift moves every result by exactly 128 and the rounding is the spec's.
 *
 * <p>JCodec's block interpolator made these planes 16 x 16 at a time in about a sixth of the encoder's
 * time. Here 16 samples go at once in 16-bit lanes (a sum b1 or h1 lies within +-6614), j's second
 * filtering in 32-bit lanes; the two columns at each edge are done one by one with clamped coordinates.
 */
final class HalfSamples {
    private static final VectorSpecies<Byte> BYTES = ByteVector.SPECIES_128;
    private static final VectorSpecies<Short> SHORTS = ShortVector.SPECIES_256;
    private static final VectorSpecies<Integer> INTS = IntVector.SPECIES_256;
    private static final int LANES = SHORTS.length();

    /** The unrounded horizontal sums b1 of 8.4.2.2.1, which j filters again vertically. */
    private short[] b1 = new short[0];

    /** Fills {@code b}, {@code h} and {@code j} (each {@code width * height}) from the luma plane {@code g}. */
    void make(byte[] g, int width, int height, byte[] b, byte[] h, byte[] j) {
        if (b1.length != width * height) b1 = new short[width * height];
        for (int y = 0; y < height; y++) horizontal(g, y * width, width, b);
        for (int y = 0; y < height; y++) {
            int[] rows = new int[6];
            for (int k = 0; k < 6; k++) rows[k] = clamp(y - 2 + k, height) * width;
            vertical(g, b1, rows, y * width, width, h, j);
        }
    }

    private void horizontal(byte[] g, int row, int width, byte[] b) {
        int x = 2;
        for (; x + LANES + 3 <= width; x += LANES) {
            int at = row + x;
            ShortVector sum = tap(wide(g, at - 2), wide(g, at - 1), wide(g, at), wide(g, at + 1), wide(g, at + 2), wide(g, at + 3));
            sum.intoArray(b1, at);
            narrow(sum.add((short) 16).lanewise(VectorOperators.ASHR, 5)).intoArray(b, at);
        }
        for (; x < width; x++) horizontalAt(g, row, x, width, b);
        horizontalAt(g, row, 0, width, b);
        horizontalAt(g, row, 1, width, b);
    }

    private void horizontalAt(byte[] g, int row, int x, int width, byte[] b) {
        int sum = tap(g[row + clamp(x - 2, width)], g[row + clamp(x - 1, width)], g[row + x], g[row + clamp(x + 1, width)],
                g[row + clamp(x + 2, width)], g[row + clamp(x + 3, width)]);
        b1[row + x] = (short) sum;
        b[row + x] = clip((sum + 16) >> 5);
    }

    /** h and j of one row, from the six rows {@code rows} (offsets, clamped) around it. */
    private static void vertical(byte[] g, short[] b1, int[] rows, int row, int width, byte[] h, byte[] j) {
        int x = 0;
        for (; x + LANES <= width; x += LANES) {
            ShortVector sum = tap(wide(g, rows[0] + x), wide(g, rows[1] + x), wide(g, rows[2] + x), wide(g, rows[3] + x),
                    wide(g, rows[4] + x), wide(g, rows[5] + x));
            narrow(sum.add((short) 16).lanewise(VectorOperators.ASHR, 5)).intoArray(h, row + x);
            for (int half = 0; half < 2; half++) {
                int at = x + half * INTS.length();
                IntVector jSum = tap(ints(b1, rows[0] + at), ints(b1, rows[1] + at), ints(b1, rows[2] + at), ints(b1, rows[3] + at),
                        ints(b1, rows[4] + at), ints(b1, rows[5] + at));
                IntVector v = jSum.add(512).lanewise(VectorOperators.ASHR, 10).max(-128).min(127);
                v.convertShape(VectorOperators.I2B, ByteVector.SPECIES_64, 0).reinterpretAsBytes().intoArray(j, row + at);
            }
        }
        for (; x < width; x++) {
            h[row + x] = clip((tap(g[rows[0] + x], g[rows[1] + x], g[rows[2] + x], g[rows[3] + x], g[rows[4] + x], g[rows[5] + x]) + 16) >> 5);
            j[row + x] = clip((tap(b1[rows[0] + x], b1[rows[1] + x], b1[rows[2] + x], b1[rows[3] + x], b1[rows[4] + x], b1[rows[5] + x])
                    + 512) >> 10);
        }
    }

    private static ShortVector wide(byte[] samples, int at) {
        return (ShortVector) ByteVector.fromArray(BYTES, samples, at).convertShape(VectorOperators.B2S, SHORTS, 0);
    }

    private static IntVector ints(short[] sums, int at) {
        return (IntVector) ShortVector.fromArray(ShortVector.SPECIES_128, sums, at).convertShape(VectorOperators.S2I, INTS, 0);
    }

    private static ByteVector narrow(ShortVector v) {
        return (ByteVector) v.max((short) -128).min((short) 127).convertShape(VectorOperators.S2B, BYTES, 0);
    }

    private static ShortVector tap(ShortVector e, ShortVector f, ShortVector g, ShortVector h, ShortVector i, ShortVector j) {
        return e.add(j).sub(f.add(i).mul((short) 5)).add(g.add(h).mul((short) 20));
    }

    private static IntVector tap(IntVector e, IntVector f, IntVector g, IntVector h, IntVector i, IntVector j) {
        return e.add(j).sub(f.add(i).mul(5)).add(g.add(h).mul(20));
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
