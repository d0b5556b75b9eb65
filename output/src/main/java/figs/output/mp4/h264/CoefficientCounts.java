package figs.output.mp4.h264;

import java.util.Arrays;
import org.jcodec.codecs.h264.H264Const;
import org.jcodec.common.io.VLC;

/**
 * TotalCoeff of every 4x4 block of a picture, per plane, as the decoder keeps them to choose each
 * block's coeff_token table (9.2.1): nC is the mean of the left (nA) and upper (nB) neighbours'
 * counts, or the one that is available. A block that was not coded — in a skipped macroblock, or
 * in an 8x8 whose coded_block_pattern bit is 0 — counts 0, which is why the counts live here and not
 * in JCodec's CAVLC, which only learns counts from blocks it writes.
 */
final class CoefficientCounts {
    private final int[][] counts = new int[3][];
    private final int[] stride = new int[3];

    CoefficientCounts(int mbWidth, int mbHeight) {
        stride[0] = mbWidth * 4;
        stride[1] = stride[2] = mbWidth * 2;
        counts[0] = new int[mbWidth * 4 * mbHeight * 4];
        counts[1] = new int[mbWidth * 2 * mbHeight * 2];
        counts[2] = new int[mbWidth * 2 * mbHeight * 2];
    }

    void clear() {
        for (int[] c : counts) Arrays.fill(c, 0);
    }

    void set(int plane, int blkX, int blkY, int totalCoeff) {
        counts[plane][blkY * stride[plane] + blkX] = totalCoeff;
    }

    /** nC of the block at (blkX, blkY) of {@code plane}, in 4x4-block units of that plane (one slice per picture). */
    int nc(int plane, int blkX, int blkY) {
        boolean left = blkX > 0, top = blkY > 0;
        int[] c = counts[plane];
        int s = stride[plane];
        if (left && top) return (c[blkY * s + blkX - 1] + c[(blkY - 1) * s + blkX] + 1) >> 1;
        if (left) return c[blkY * s + blkX - 1];
        if (top) return c[(blkY - 1) * s + blkX];
        return 0;
    }

    /** The coeff_token table for nC (Table 9-5: 0-1, 2-3, 4-7, 8 and more). */
    VLC table(int plane, int blkX, int blkY) {
        return H264Const.CoeffToken[Math.min(nc(plane, blkX, blkY), 8)];
    }
}
