package figs.output.mp4.h264;

import java.util.Arrays;

/**
 * The reference index and motion vector of every macroblock coded so far in a P picture, and the two
 * predictions the decoder derives from them (8.4.1): the vector of a P_Skip macroblock, and the
 * prediction a P_L0_16x16 vector is coded against. Every macroblock here is one 16x16 partition
 * with reference 0 ({@link #inter}, skipped ones too) or intra ({@link #intra}: reference -1, vector 0).
 * Vectors are in quarter samples, x and y packed as {@code pack(x, y)} only in the return values.
 */
final class MotionVectors {
    private static final int INTRA = -1;
    private final int mbWidth;
    private final int[] ref, mvx, mvy;

    MotionVectors(int mbWidth, int mbHeight) {
        this.mbWidth = mbWidth;
        ref = new int[mbWidth * mbHeight];
        mvx = new int[mbWidth * mbHeight];
        mvy = new int[mbWidth * mbHeight];
    }

    void clear() {
        Arrays.fill(ref, INTRA);
        Arrays.fill(mvx, 0);
        Arrays.fill(mvy, 0);
    }

    void inter(int mbX, int mbY, int x, int y) {
        int at = mbY * mbWidth + mbX;
        ref[at] = 0;
        mvx[at] = x;
        mvy[at] = y;
    }

    void intra(int mbX, int mbY) {
        int at = mbY * mbWidth + mbX;
        ref[at] = INTRA;
        mvx[at] = 0;
        mvy[at] = 0;
    }

    /**
     * The vector of a P_Skip macroblock (8.4.1.1): zero when the left or upper macroblock is outside
     * the picture, or either of them is an inter macroblock of reference 0 standing still; else the
     * median prediction.
     */
    long skip(int mbX, int mbY) {
        if (mbX == 0 || mbY == 0) return pack(0, 0);
        int a = mbY * mbWidth + mbX - 1, b = a + 1 - mbWidth;
        if (ref[a] == 0 && mvx[a] == 0 && mvy[a] == 0) return pack(0, 0);
        if (ref[b] == 0 && mvx[b] == 0 && mvy[b] == 0) return pack(0, 0);
        return median(mbX, mbY);
    }

    /**
     * The prediction of a 16x16 partition's vector (8.4.1.3) from the left (A), upper (B) and
     * upper-right (C, or upper-left D when C is outside the picture) macroblocks. A neighbour outside
     * the picture has reference -1 and vector 0, as an intra one does; when B and C are both outside and
     * A is inside, A stands in for both. If exactly one neighbour uses reference 0 its vector is the
     * prediction, else the component-wise median.
     */
    long median(int mbX, int mbY) {
        boolean hasA = mbX > 0, hasB = mbY > 0;
        boolean hasC = mbY > 0 && mbX < mbWidth - 1, hasD = mbX > 0 && mbY > 0;
        int a = mbY * mbWidth + mbX - 1, b = (mbY - 1) * mbWidth + mbX;
        int c = hasC ? b + 1 : hasD ? b - 1 : -1;
        int refA = hasA ? ref[a] : INTRA, refB = hasB ? ref[b] : INTRA, refC = c >= 0 ? ref[c] : INTRA;
        int ax = hasA ? mvx[a] : 0, ay = hasA ? mvy[a] : 0;
        int bx = hasB ? mvx[b] : 0, by = hasB ? mvy[b] : 0;
        int cx = c >= 0 ? mvx[c] : 0, cy = c >= 0 ? mvy[c] : 0;
        if (!hasB && c < 0 && hasA) {
            refB = refC = refA;
            bx = cx = ax;
            by = cy = ay;
        }
        int matches = (refA == 0 ? 1 : 0) + (refB == 0 ? 1 : 0) + (refC == 0 ? 1 : 0);
        if (matches == 1) {
            if (refA == 0) return pack(ax, ay);
            if (refB == 0) return pack(bx, by);
            return pack(cx, cy);
        }
        return pack(median3(ax, bx, cx), median3(ay, by, cy));
    }

    static int median3(int a, int b, int c) {
        return a + b + c - Math.min(a, Math.min(b, c)) - Math.max(a, Math.max(b, c));
    }

    static long pack(int x, int y) {
        return ((long) x << 32) | (y & 0xffffffffL);
    }

    static int x(long mv) {
        return (int) (mv >> 32);
    }

    static int y(long mv) {
        return (int) mv;
    }
}
