package figs.output.mp4.h264;

import org.jcodec.codecs.h264.H264Const;
import org.jcodec.codecs.h264.decode.CoeffTransformer;
import org.jcodec.codecs.h264.io.write.CAVLCWriter;
import org.jcodec.common.io.BitWriter;

/**
 * Writes the macroblock_layer of a coded (not skipped) macroblock (7.3.5): mb_type, prediction,
 * coded_block_pattern, mb_qp_delta and the CAVLC residual, keeping the picture's coefficient counts
 * up to date. Skipped macroblocks have no layer; the slice writes their count as mb_skip_run.
 */
final class MacroblockWriter {
    private static final int[] CHROMA_DC_SCAN = {0, 1, 2, 3};
    /** mb_type of I_16x16_0_0_0 in a P slice (Table 7-13: after the five P types). */
    private static final int INTRA_IN_P = 5;

    /** coded_block_pattern to codeNum for intra macroblocks (Table 9-4), the inverse of JCodec's decoding table. */
    private static final int[] CBP_INTRA_INV = new int[48];

    static {
        for (int code = 0; code < 48; code++) CBP_INTRA_INV[H264Const.CODED_BLOCK_PATTERN_INTRA_COLOR[code]] = code;
    }

    private final CavlcBlock block = new CavlcBlock();
    private final CoefficientCounts counts;

    MacroblockWriter(CoefficientCounts counts) {
        this.counts = counts;
    }

    /** Records the counts of {@code mb} at its place; a skipped macroblock records zeros. */
    void recordCounts(Macroblock mb, int mbX, int mbY) {
        for (int i = 0; i < 16; i++) counts.set(0, mbX * 4 + Macroblock.BLK_X[i], mbY * 4 + Macroblock.BLK_Y[i], mb.lumaCount(i));
        for (int c = 0; c < 2; c++)
            for (int b = 0; b < 4; b++) counts.set(1 + c, mbX * 2 + (b & 1), mbY * 2 + (b >> 1), mb.chromaCount(c, b));
    }

    void write(BitWriter out, Macroblock mb, int mbX, int mbY, boolean pSlice) {
        recordCounts(mb, mbX, mbY);
        int cbp = mb.cbpLuma | mb.cbpChroma << 4;
        if (mb.kind == Macroblock.Kind.INTER) {
            CAVLCWriter.writeUE(out, 0); // P_L0_16x16; one reference, so no ref_idx
            CAVLCWriter.writeSE(out, mb.mvdx);
            CAVLCWriter.writeSE(out, mb.mvdy);
            CAVLCWriter.writeUE(out, H264Const.CODED_BLOCK_PATTERN_INTER_COLOR_INV[cbp]);
            if (cbp == 0) return;
            codedLuma(out, mb, mbX, mbY);
        } else if (mb.kind == Macroblock.Kind.INTRA) {
            int type = 1 + mb.lumaMode + 4 * mb.cbpChroma + (mb.cbpLuma != 0 ? 12 : 0);
            CAVLCWriter.writeUE(out, (pSlice ? INTRA_IN_P : 0) + type);
            CAVLCWriter.writeUE(out, mb.chromaMode);
            CAVLCWriter.writeSE(out, 0); // mb_qp_delta, always present for Intra 16x16
            block.write(out, mb.lumaDc, CoeffTransformer.zigzag4x4, 0, 16, counts.table(0, mbX * 4, mbY * 4), H264Const.totalZeros16);
            if (mb.cbpLuma != 0) {
                for (int i = 0; i < 16; i++) {
                    int bx = mbX * 4 + Macroblock.BLK_X[i], by = mbY * 4 + Macroblock.BLK_Y[i];
                    block.write(out, mb.luma[i], CoeffTransformer.zigzag4x4, 1, 15, counts.table(0, bx, by), H264Const.totalZeros16);
                }
            }
        } else if (mb.kind == Macroblock.Kind.INTRA4X4) {
            CAVLCWriter.writeUE(out, pSlice ? INTRA_IN_P : 0); // I_NxN
            for (int i = 0; i < 16; i++) {
                int mode = mb.modes4[i], predicted = mb.predicted4[i];
                if (mode == predicted) {
                    out.write1Bit(1); // prev_intra4x4_pred_mode_flag
                } else {
                    out.write1Bit(0);
                    out.writeNBit(mode < predicted ? mode : mode - 1, 3); // rem_intra4x4_pred_mode
                }
            }
            CAVLCWriter.writeUE(out, mb.chromaMode);
            CAVLCWriter.writeUE(out, CBP_INTRA_INV[cbp]);
            if (cbp == 0) return;
            codedLuma(out, mb, mbX, mbY);
        } else {
            throw new IllegalArgumentException("a skipped macroblock has no macroblock_layer");
        }
        if (mb.cbpChroma == 0) return;
        for (int c = 0; c < 2; c++)
            block.write(out, mb.chromaDc[c], CHROMA_DC_SCAN, 0, 4, H264Const.coeffTokenChromaDCY420, H264Const.totalZeros4);
        if (mb.cbpChroma != 2) return;
        for (int c = 0; c < 2; c++)
            for (int b = 0; b < 4; b++)
                block.write(out, mb.chromaAc[c][b], CoeffTransformer.zigzag4x4, 1, 15,
                        counts.table(1 + c, mbX * 2 + (b & 1), mbY * 2 + (b >> 1)), H264Const.totalZeros16);
    }

    /** mb_qp_delta (always 0: one QP a picture), then the 4x4 luma blocks of each 8x8 the coded_block_pattern marks. */
    private void codedLuma(BitWriter out, Macroblock mb, int mbX, int mbY) {
        CAVLCWriter.writeSE(out, 0);
        for (int i = 0; i < 16; i++) {
            if ((mb.cbpLuma >> (i >> 2) & 1) == 0) continue;
            int bx = mbX * 4 + Macroblock.BLK_X[i], by = mbY * 4 + Macroblock.BLK_Y[i];
            block.write(out, mb.luma[i], CoeffTransformer.zigzag4x4, 0, 16, counts.table(0, bx, by), H264Const.totalZeros16);
        }
    }
}
