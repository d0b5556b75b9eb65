package figs.output.mp4.h264;

/**
 * Forward quantisation of 4x4 transform coefficients (H.264's usual encoder-side scaling by the
 * multiplication factors MF, the inverse of the decoder's LevelScale of 8.5.9) with a dead zone:
 * a coefficient rounds up only past {@code 1 - offset} of a step. The JM reference and x264 round
 * intra blocks with an offset of 1/3 and inter blocks with 1/6; the smaller offset turns many
 * lone +-1 levels of a motion-compensated residual into zeros, which cost nothing to code.
 * Dequantisation is left to JCodec's decoder-side {@code CoeffTransformer}, so the encoder
 * reconstructs exactly what a decoder does.
 */
final class Quantiser {
    /** JCodec's intra rounding, 682 / 2048 (about 1/3), so intra levels equal JCodec's quantizeAC. */
    static final int INTRA_OFFSET = 682;
    /** About 1/6 of a step, in the same 1/2048 units. */
    static final int INTER_OFFSET = 341;
    /** The largest level CAVLC codes in the Baseline profile's escape (9.2.2.1: level_prefix at most 15). */
    static final int MAX_LEVEL = 2063;

    private static final int[] MF_A = {13107, 11916, 10082, 9362, 8192, 7282};
    private static final int[] MF_B = {5243, 4660, 4194, 3647, 3355, 2893};
    private static final int[] MF_C = {8066, 7490, 6554, 5825, 5243, 4559};

    private Quantiser() {}

    /** MF for raster position {@code i} of a 4x4 block at {@code qp % 6}. */
    static int mf(int qpRem, int i) {
        int row = i >> 2, col = i & 3;
        if ((row & 1) == 0 && (col & 1) == 0) return MF_A[qpRem];
        if ((row & 1) == 1 && (col & 1) == 1) return MF_B[qpRem];
        return MF_C[qpRem];
    }

    /** Quantises coefficients {@code from..15} of a 4x4 block in place. */
    static void ac(int[] coeff, int from, int qp, int offset) {
        int qbits = 15 + qp / 6;
        long add = (long) offset << (qp / 6 + 4);
        for (int i = from; i < 16; i++) coeff[i] = level(coeff[i], mf(qp % 6, i), add, qbits);
    }

    /** The level {@link #ac} gives coefficient {@code x} at raster position {@code i} of a 4x4 block. */
    static int acLevel(int x, int i, int qp, int offset) {
        return level(x, mf(qp % 6, i), (long) offset << (qp / 6 + 4), 15 + qp / 6);
    }

    /**
     * The 16 DC coefficients of an Intra 16x16 macroblock, raster order of their blocks: the 4x4
     * Hadamard transform, then quantisation two bits coarser than AC's (the decoder's 8.5.10 scales
     * by LevelScale(QP % 6, 0, 0) with a shift of 6, against 4 for AC).
     */
    static void lumaDc(int[] dc, int qp, int offset) {
        hadamard4x4(dc);
        int qbits = 17 + qp / 6;
        long add = (long) offset << (qp / 6 + 6);
        for (int i = 0; i < 16; i++) dc[i] = level(dc[i], MF_A[qp % 6], add, qbits);
    }

    /** The 4 chroma DC coefficients, raster order: the 2x2 Hadamard transform, then quantisation (8.5.11.2). */
    static void chromaDc(int[] dc, int qp, int offset) {
        int a = dc[0], b = dc[1], c = dc[2], d = dc[3];
        dc[0] = a + b + c + d;
        dc[1] = a - b + c - d;
        dc[2] = a + b - c - d;
        dc[3] = a - b - c + d;
        int qbits = 16 + qp / 6;
        long add = (long) offset << (qp / 6 + 5);
        for (int i = 0; i < 4; i++) dc[i] = level(dc[i], MF_A[qp % 6], add, qbits);
    }

    private static int level(int x, int mf, long add, int qbits) {
        long v = (Math.abs((long) x) * mf + add) >> qbits;
        int l = (int) Math.min(v, MAX_LEVEL);
        return x < 0 ? -l : l;
    }

    /** H x H with H the 4x4 Hadamard matrix (rows 1 1 1 1 / 1 1 -1 -1 / 1 -1 -1 1 / 1 -1 1 -1). */
    static void hadamard4x4(int[] m) {
        for (int r = 0; r < 16; r += 4) {
            int s0 = m[r] + m[r + 3], s1 = m[r + 1] + m[r + 2], d0 = m[r] - m[r + 3], d1 = m[r + 1] - m[r + 2];
            m[r] = s0 + s1;
            m[r + 1] = d0 + d1;
            m[r + 2] = s0 - s1;
            m[r + 3] = d0 - d1;
        }
        for (int c = 0; c < 4; c++) {
            int s0 = m[c] + m[c + 12], s1 = m[c + 4] + m[c + 8], d0 = m[c] - m[c + 12], d1 = m[c + 4] - m[c + 8];
            m[c] = s0 + s1;
            m[c + 4] = d0 + d1;
            m[c + 8] = s0 - s1;
            m[c + 12] = d0 - d1;
        }
    }
}
