package figs.output.mp4.h264;

import jdk.incubator.vector.ByteVector;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.ShortVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;
import org.jcodec.codecs.h264.decode.BlockInterpolator;
import org.jcodec.common.model.ColorSpace;
import org.jcodec.common.model.Picture;

/**
 * Refines a whole-sample motion vector to half and then quarter samples (x264's "subme" in its
 * simplest form): the eight neighbours at each step, scored by the luma SAD of the interpolated
 * block plus sqrt(lambda) times the vector difference's bits. Whole-sample search alone leaves a
 * turning or sliding picture with a residual in every macroblock; the decoder's own interpolation
 * ({@link BlockInterpolator}) makes the candidates, so what is scored is what is predicted.
 *
 * <p>Interpolating each candidate block took half the encoder's time, so the three half-sample planes
 * of the reference are made once per picture where it is searched ({@link HalfSamples}, the decoder's filter), and a quarter sample is the
 * rounded mean of its two nearest whole or half samples, as 8.4.2.2.1 defines it. Blocks that reach
 * the picture's edge, where the decoder clamps coordinates before filtering, are interpolated directly.
 */
final class SubpelSearch {
    private static final VectorSpecies<Byte> ROW = ByteVector.SPECIES_128;
    private static final VectorSpecies<Short> WIDE = ShortVector.SPECIES_256;
    private static final VectorSpecies<Integer> SUM = IntVector.SPECIES_256;

    private final BlockInterpolator interpolator = new BlockInterpolator();
    private final HalfSamples halfSamples = new HalfSamples();
    private final Picture block = Picture.create(16, 16, ColorSpace.YUV420J);
    private Picture ref, halfH, halfV, halfC;
    private int width, height;

    /** Starts on {@code ref}: its half-sample planes b (right), h (below) and j (both) of Figure 8-4 are made as the search reads them. */
    void start(Picture ref) {
        this.ref = ref;
        width = ref.getPlaneWidth(0);
        height = ref.getPlaneHeight(0);
        if (halfH == null || halfH.getPlaneWidth(0) != width || halfH.getPlaneHeight(0) != height) {
            halfH = Picture.create(width, height, ColorSpace.YUV420J);
            halfV = Picture.create(width, height, ColorSpace.YUV420J);
            halfC = Picture.create(width, height, ColorSpace.YUV420J);
        }
        halfSamples.start(ref.getPlaneData(0), width, height, halfH.getPlaneData(0), halfV.getPlaneData(0), halfC.getPlaneData(0));
    }

    /**
     * Whole-sample descent: from the cheaper of the zero vector and {@code predicted} rounded to whole
     * samples, a sample at a time towards the cheapest of the four neighbours while that lowers the cost, at
     * most {@code range} steps (JCodec's estimator's path, scored with the vector's rate and the planes'
     * vector SAD instead of a copied search window). Returns the vector, packed, in quarter samples.
     */
    long descend(Picture ref, byte[] src, int mbX, int mbY, long predicted, int mvpx, int mvpy, double lambdaSad, int range) {
        int bx = 0, by = 0;
        double best = cost(ref, src, mbX, mbY, 0, 0, mvpx, mvpy, lambdaSad);
        int px = MotionVectors.x(predicted) + 2 & ~3, py = MotionVectors.y(predicted) + 2 & ~3;
        if (px != 0 || py != 0) {
            double c = cost(ref, src, mbX, mbY, px, py, mvpx, mvpy, lambdaSad);
            if (c < best) {
                best = c;
                bx = px;
                by = py;
            }
        }
        for (int step = 0; step < range; step++) {
            int cx = bx, cy = by;
            for (int k = 0; k < 4; k++) {
                int x = cx + STEP_X[k], y = cy + STEP_Y[k];
                double c = cost(ref, src, mbX, mbY, x, y, mvpx, mvpy, lambdaSad);
                if (c < best) {
                    best = c;
                    bx = x;
                    by = y;
                }
            }
            if (bx == cx && by == cy) break;
        }
        return MotionVectors.pack(bx, by);
    }

    /** One whole sample left, right, up and down, in quarter samples. */
    private static final int[] STEP_X = {-4, 4, 0, 0}, STEP_Y = {0, 0, -4, 4};

    /**
     * The best vector (packed, quarter samples) around {@code start} for the 16x16 source {@code src}.
     *
     * @param lambdaSad cost of one bit in SAD units
     */
    long refine(Picture ref, byte[] src, int mbX, int mbY, long start, int mvpx, int mvpy, double lambdaSad) {
        int bx = MotionVectors.x(start), by = MotionVectors.y(start);
        double best = cost(ref, src, mbX, mbY, bx, by, mvpx, mvpy, lambdaSad);
        if (best == 0) return start;
        for (int step = 2; step >= 1; step--) {
            int cx = bx, cy = by;
            for (int dy = -step; dy <= step; dy += step) {
                for (int dx = -step; dx <= step; dx += step) {
                    if (dx == 0 && dy == 0) continue;
                    double c = cost(ref, src, mbX, mbY, cx + dx, cy + dy, mvpx, mvpy, lambdaSad);
                    if (c < best) {
                        best = c;
                        bx = cx + dx;
                        by = cy + dy;
                    }
                }
            }
        }
        return MotionVectors.pack(bx, by);
    }

    /** SAD of the block predicted with (mvx, mvy) plus the vector's rate. */
    double cost(Picture ref, byte[] src, int mbX, int mbY, int mvx, int mvy, int mvpx, int mvpy, double lambdaSad) {
        int x0 = (mbX << 4) + (mvx >> 2), y0 = (mbY << 4) + (mvy >> 2);
        long sad;
        if (ref == this.ref && x0 >= 0 && y0 >= 0 && x0 + 17 <= width && y0 + 17 <= height) {
            halfSamples.cover(x0, y0, x0 + 17, y0 + 17);
            sad = sadFromPlanes(src, x0, y0, mvx & 3, mvy & 3);
        } else {
            interpolator.getBlockLuma(ref, block, 0, (mbX << 6) + mvx, (mbY << 6) + mvy, 16, 16);
            byte[] p = block.getPlaneData(0);
            sad = 0;
            for (int i = 0; i < 256; i++) sad += Math.abs(src[i] - p[i]);
        }
        return sad + lambdaSad * (seBits(mvx - mvpx) + seBits(mvy - mvpy));
    }

    /**
     * SAD against the block at whole sample (x0, y0) plus (fx, fy) quarters. Table of 8.4.2.2.1 with G
     * the whole sample, b/h/j the half samples right/below/both, s = b one row down, m = h one column right.
     */
    private long sadFromPlanes(byte[] src, int x0, int y0, int fx, int fy) {
        byte[] g = ref.getPlaneData(0), b = halfH.getPlaneData(0), h = halfV.getPlaneData(0), j = halfC.getPlaneData(0);
        int w = width;
        // Each sample is (P[at + pOff] + Q[at + qOff] + 1) >> 1, or P alone when Q is null.
        byte[] p, q = null;
        int pOff = 0, qOff = 0;
        switch (fy * 4 + fx) {
            case 0 -> p = g;
            case 1 -> { p = g; q = b; }
            case 2 -> p = b;
            case 3 -> { p = b; q = g; qOff = 1; }
            case 4 -> { p = g; q = h; }
            case 5 -> { p = b; q = h; }
            case 6 -> { p = b; q = j; }
            case 7 -> { p = b; q = h; qOff = 1; }
            case 8 -> p = h;
            case 9 -> { p = h; q = j; }
            case 10 -> p = j;
            case 11 -> { p = j; q = h; qOff = 1; }
            case 12 -> { p = h; q = g; qOff = w; }
            case 13 -> { p = h; q = b; qOff = w; }
            case 14 -> { p = j; q = b; qOff = w; }
            default -> { p = h; pOff = 1; q = b; qOff = w; }
        }
        // A row at a time, 16 samples widened to 16-bit lanes: a lane adds at most 16 x 255, so no overflow.
        ShortVector acc = ShortVector.zero(WIDE);
        for (int r = 0; r < 16; r++) {
            int at = (y0 + r) * w + x0;
            ShortVector predicted = widen(p, at + pOff);
            if (q != null) predicted = predicted.add(widen(q, at + qOff)).add((short) 1).lanewise(VectorOperators.ASHR, 1);
            acc = acc.add(widen(src, r * 16).sub(predicted).abs());
        }
        IntVector lo = (IntVector) acc.convertShape(VectorOperators.S2I, SUM, 0);
        IntVector hi = (IntVector) acc.convertShape(VectorOperators.S2I, SUM, 1);
        return lo.add(hi).reduceLanes(VectorOperators.ADD);
    }

    /** 16 samples from {@code at}, sign-extended as the scalar arithmetic on JCodec's signed samples is. */
    private static ShortVector widen(byte[] samples, int at) {
        return (ShortVector) ByteVector.fromArray(ROW, samples, at).convertShape(VectorOperators.B2S, WIDE, 0);
    }

    /** Length of se(v) (9.1.1): ue(2|v| - (v > 0)). */
    static int seBits(int v) {
        int k = v > 0 ? 2 * v - 1 : -2 * v;
        return 2 * (31 - Integer.numberOfLeadingZeros(k + 1)) + 1;
    }
}
