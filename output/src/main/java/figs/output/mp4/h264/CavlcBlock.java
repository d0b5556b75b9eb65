package figs.output.mp4.h264;

import org.jcodec.common.io.BitWriter;
import org.jcodec.common.io.VLC;

/**
 * One CAVLC residual block (H.264 7.3.5.3.2, 9.2): coeff_token, trailing-one signs, levels,
 * total_zeros and run_before. Adapted from JCodec 0.2.5's {@code CAVLC.writeBlockGen} (FreeBSD licence,
 * the JCodec project); JCodec keeps the neighbour counts that choose the coeff_token table inside that
 * class and cannot be told that a neighbour was skipped, so here the caller passes the table
 * ({@link CoefficientCounts}).
 */
final class CavlcBlock {
    private final int[] runBefore = new int[16];
    private final int[] levels = new int[16];

    /**
     * Writes {@code coeff[scan[first .. first + count)]} and returns its TotalCoeff (the number of
     * non-zero levels), which is what neighbouring blocks read as their nA / nB.
     */
    int write(BitWriter out, int[] coeff, int[] scan, int first, int count, VLC coeffTokenTable, VLC[] totalZerosTable) {
        int totalCoeff = 0, totalZeros = 0;
        java.util.Arrays.fill(runBefore, 0, count, 0);
        for (int i = 0; i < count; i++) {
            int c = coeff[scan[i + first]];
            if (c == 0) {
                runBefore[totalCoeff]++;
                totalZeros++;
            } else {
                levels[totalCoeff++] = c;
            }
        }
        // Zeros after the last level are not coded.
        if (totalCoeff < count) totalZeros -= runBefore[totalCoeff];
        int trailingOnes = 0;
        while (trailingOnes < totalCoeff && trailingOnes < 3 && Math.abs(levels[totalCoeff - trailingOnes - 1]) == 1) trailingOnes++;

        coeffTokenTable.writeVLC(out, coeffToken(totalCoeff, trailingOnes));
        if (totalCoeff > 0) {
            for (int i = totalCoeff - 1; i >= totalCoeff - trailingOnes; i--) out.write1Bit(levels[i] >>> 31);
            writeLevels(out, totalCoeff, trailingOnes);
            if (totalCoeff < count) {
                totalZerosTable[totalCoeff - 1].writeVLC(out, totalZeros);
                for (int i = totalCoeff - 1; i > 0 && totalZeros > 0; i--) {
                    org.jcodec.codecs.h264.H264Const.run[Math.min(6, totalZeros - 1)].writeVLC(out, runBefore[i]);
                    totalZeros -= runBefore[i];
                }
            }
        }
        return totalCoeff;
    }

    /** JCodec's packing of (TotalCoeff, TrailingOnes) into the index of its coeff_token tables. */
    static int coeffToken(int totalCoeff, int trailingOnes) {
        return org.jcodec.codecs.h264.H264Const.coeffToken(totalCoeff, trailingOnes);
    }

    private void writeLevels(BitWriter out, int totalCoeff, int trailingOnes) {
        int suffixLen = totalCoeff > 10 && trailingOnes < 3 ? 1 : 0;
        for (int i = totalCoeff - trailingOnes - 1; i >= 0; i--) {
            int absLev = levelCode(levels[i]);
            if (i == totalCoeff - trailingOnes - 1 && trailingOnes < 3) absLev -= 2;
            int prefix = absLev >> suffixLen;
            if (suffixLen == 0 && prefix < 14 || suffixLen > 0 && prefix < 15) {
                out.writeNBit(1, prefix + 1);
                out.writeNBit(absLev, suffixLen);
            } else if (suffixLen == 0 && absLev < 30) {
                out.writeNBit(1, 15);
                out.writeNBit(absLev - 14, 4);
            } else {
                if (suffixLen == 0) absLev -= 15;
                int len, code;
                for (len = 12; (code = absLev - (len + 3 << suffixLen) - (1 << len) + 4096) >= (1 << len); len++) ;
                out.writeNBit(1, len + 4);
                out.writeNBit(code, len);
            }
            if (suffixLen == 0) suffixLen = 1;
            if (Math.abs(levels[i]) > (3 << (suffixLen - 1)) && suffixLen < 6) suffixLen++;
        }
    }

    /** levelCode of 9.2.2.1 before the trailing-ones adjustment: 2|l| - 2 for l > 0, 2|l| - 1 for l < 0. */
    private static int levelCode(int level) {
        int sign = level >>> 31, s = level >> 31;
        return (((level ^ s) - s) << 1) + sign - 2;
    }
}
