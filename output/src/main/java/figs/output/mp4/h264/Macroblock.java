package figs.output.mp4.h264;

/**
 * One way of coding a macroblock, with everything needed to write it and to judge it: its kind and
 * modes, the quantised levels, the reconstruction a decoder will make of it, and its squared error
 * and size. The encoder fills one of these per candidate and keeps the cheapest.
 */
final class Macroblock {
    enum Kind { SKIP, INTER, INTRA, INTRA4X4 }

    /** Coding order of the 16 luma 4x4 blocks (6.4.3): their x and y in 4x4-block units within the macroblock. */
    static final int[] BLK_X = {0, 1, 0, 1, 2, 3, 2, 3, 0, 1, 0, 1, 2, 3, 2, 3};
    static final int[] BLK_Y = {0, 0, 1, 1, 0, 0, 1, 1, 2, 2, 3, 3, 2, 2, 3, 3};

    Kind kind;
    /** Motion vector in quarter samples (inter and skip) and its difference from the prediction (inter). */
    int mvx, mvy, mvdx, mvdy;
    /** Intra 16x16 luma prediction mode (0 vertical, 1 horizontal, 2 DC, 3 plane) and chroma mode (0 DC, 1 horizontal, 2 vertical, 3 plane). */
    int lumaMode, chromaMode;
    /** Intra 4x4: each block's prediction mode and the mode the decoder predicts for it (8.3.1.1), coding order. */
    final int[] modes4 = new int[16], predicted4 = new int[16];
    /** coded_block_pattern: one bit per luma 8x8 (intra: 0 or 15), and chroma 0 (none), 1 (DC) or 2 (DC and AC). */
    int cbpLuma, cbpChroma;

    /** Luma levels per 4x4 block in coding order, raster order within the block; Intra 16x16 blocks leave [0] to {@link #lumaDc}. */
    final int[][] luma = new int[16][16];
    /** Intra 16x16 DC levels, raster order of the blocks. */
    final int[] lumaDc = new int[16];
    /** Chroma DC levels per component (Cb, Cr), raster order of the four blocks. */
    final int[][] chromaDc = new int[2][4];
    /** Chroma AC levels per component and block (raster order of blocks and within them; [0] unused). */
    final int[][][] chromaAc = new int[2][4][16];

    /** Reconstruction, raster order. */
    final byte[] y = new byte[256], cb = new byte[64], cr = new byte[64];

    long distortion;
    int bits;
    double cost;

    byte[] chroma(int component) {
        return component == 0 ? cb : cr;
    }

    /** Number of non-zero levels of luma block {@code i} (coding order) as written, 0 if its 8x8 is not coded. */
    int lumaCount(int i) {
        if (kind == Kind.SKIP || (cbpLuma >> (i >> 2) & 1) == 0) return 0;
        return nonZero(luma[i], kind == Kind.INTRA ? 1 : 0);
    }

    /** Number of non-zero AC levels of chroma block {@code b} of {@code component}, 0 unless AC is coded. */
    int chromaCount(int component, int b) {
        return kind == Kind.SKIP || cbpChroma != 2 ? 0 : nonZero(chromaAc[component][b], 1);
    }

    static int nonZero(int[] levels, int from) {
        int n = 0;
        for (int i = from; i < levels.length; i++) if (levels[i] != 0) n++;
        return n;
    }
}
