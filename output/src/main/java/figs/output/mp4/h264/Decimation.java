package figs.output.mp4.h264;

import org.jcodec.codecs.h264.decode.CoeffTransformer;

/**
 * x264's decimation of inter residual: a block whose levels are a few scattered +-1 costs more bits
 * than the error it removes, so such 8x8s (score below 4), whole luma (below 6) and chroma AC (below
 * 7) are dropped. The score counts each +-1 by the zeros before it (3 for none, 2 for one or two, 1
 * for three to five, 0 for more); any larger level means "keep" (9).
 */
final class Decimation {
    static final int KEEP = 9;
    private static final int[] RUN_SCORE = {3, 2, 2, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0};

    private Decimation() {}

    /** Score of a 4x4 block's levels (raster order) from zigzag position {@code from}. */
    static int score(int[] levels, int from) {
        int[] scan = CoeffTransformer.zigzag4x4;
        int idx = 15;
        while (idx >= from && levels[scan[idx]] == 0) idx--;
        int score = 0;
        while (idx >= from) {
            int v = levels[scan[idx--]];
            if (v > 1 || v < -1) return KEEP;
            int run = 0;
            while (idx >= from && levels[scan[idx]] == 0) {
                idx--;
                run++;
            }
            score += RUN_SCORE[run];
        }
        return score;
    }
}
