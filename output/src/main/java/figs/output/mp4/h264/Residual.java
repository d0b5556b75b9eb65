package figs.output.mp4.h264;

import org.jcodec.codecs.h264.H264Const;
import org.jcodec.codecs.h264.decode.CoeffTransformer;

/**
 * Transform, quantisation and reconstruction of a macroblock's residual given its prediction. The
 * forward side is ours ({@link Quantiser}); the inverse side is JCodec's decoder code, so the
 * reconstruction the encoder predicts from is the decoder's to the bit.
 */
final class Residual {
    private final int[] diff = new int[256];
    private final int[] tmp = new int[16];
    private final int[] dc = new int[16];
    private final int[] dc2 = new int[4];

    static int chromaQp(int qp) {
        return H264Const.QP_SCALE_CR[qp];
    }

    /** Levels of the 16 luma blocks of {@code src - pred} into {@code mb.luma}; intra also fills {@code mb.lumaDc}. */
    void luma(byte[] src, byte[] pred, Macroblock mb, int qp, boolean intra) {
        for (int i = 0; i < 256; i++) diff[i] = src[i] - pred[i];
        int offset = intra ? Quantiser.INTRA_OFFSET : Quantiser.INTER_OFFSET;
        for (int i = 0; i < 16; i++) {
            int[] b = mb.luma[i];
            int at = Macroblock.BLK_Y[i] * 64 + Macroblock.BLK_X[i] * 4;
            for (int r = 0; r < 4; r++) for (int c = 0; c < 4; c++) b[r * 4 + c] = diff[at + r * 16 + c];
            CoeffTransformer.fdct4x4(b);
            if (intra) {
                mb.lumaDc[Macroblock.BLK_Y[i] * 4 + Macroblock.BLK_X[i]] = b[0];
                b[0] = 0;
                Quantiser.ac(b, 1, qp, offset);
            } else {
                Quantiser.ac(b, 0, qp, offset);
            }
        }
        if (intra) Quantiser.lumaDc(mb.lumaDc, qp, offset);
    }

    /** Reconstructs luma into {@code mb.y} from {@code pred} and the levels the macroblock will code. */
    void reconstructLuma(byte[] pred, Macroblock mb, int qp) {
        boolean intra = mb.kind == Macroblock.Kind.INTRA;
        if (intra) {
            System.arraycopy(mb.lumaDc, 0, dc, 0, 16);
            CoeffTransformer.invDC4x4(dc);
            CoeffTransformer.dequantizeDC4x4(dc, qp, null);
        }
        for (int i = 0; i < 16; i++) {
            int bx = Macroblock.BLK_X[i], by = Macroblock.BLK_Y[i];
            int at = by * 64 + bx * 4;
            boolean coded = (mb.cbpLuma >> (i >> 2) & 1) != 0;
            if (!coded && !intra) {
                for (int r = 0; r < 4; r++) System.arraycopy(pred, at + r * 16, mb.y, at + r * 16, 4);
                continue;
            }
            if (coded) {
                System.arraycopy(mb.luma[i], 0, tmp, 0, 16);
                CoeffTransformer.dequantizeAC(tmp, qp, null);
            } else {
                java.util.Arrays.fill(tmp, 0);
            }
            if (intra) tmp[0] = dc[by * 4 + bx];
            CoeffTransformer.idct4x4(tmp);
            for (int r = 0; r < 4; r++)
                for (int c = 0; c < 4; c++) mb.y[at + r * 16 + c] = clip(pred[at + r * 16 + c] + tmp[r * 4 + c]);
        }
    }

    /** Levels of both chroma components' residual into {@code mb.chromaDc} and {@code mb.chromaAc}. */
    void chroma(byte[][] src, byte[][] pred, Macroblock mb, int qp, boolean intra) {
        int qpc = chromaQp(qp);
        int offset = intra ? Quantiser.INTRA_OFFSET : Quantiser.INTER_OFFSET;
        for (int c = 0; c < 2; c++) {
            for (int b = 0; b < 4; b++) {
                int[] blk = mb.chromaAc[c][b];
                int at = (b >> 1) * 32 + (b & 1) * 4;
                for (int r = 0; r < 4; r++) for (int x = 0; x < 4; x++) blk[r * 4 + x] = src[c][at + r * 8 + x] - pred[c][at + r * 8 + x];
                CoeffTransformer.fdct4x4(blk);
                mb.chromaDc[c][b] = blk[0];
                blk[0] = 0;
                Quantiser.ac(blk, 1, qpc, offset);
            }
            Quantiser.chromaDc(mb.chromaDc[c], qpc, offset);
        }
    }

    /** Reconstructs both chroma components into {@code mb.cb} and {@code mb.cr}, honouring {@code mb.cbpChroma}. */
    void reconstructChroma(byte[][] pred, Macroblock mb, int qp) {
        int qpc = chromaQp(qp);
        for (int c = 0; c < 2; c++) {
            byte[] out = mb.chroma(c);
            if (mb.cbpChroma == 0) {
                System.arraycopy(pred[c], 0, out, 0, 64);
                continue;
            }
            System.arraycopy(mb.chromaDc[c], 0, dc2, 0, 4);
            CoeffTransformer.invDC2x2(dc2);
            CoeffTransformer.dequantizeDC2x2(dc2, qpc, null);
            for (int b = 0; b < 4; b++) {
                if (mb.cbpChroma == 2) {
                    System.arraycopy(mb.chromaAc[c][b], 0, tmp, 0, 16);
                    CoeffTransformer.dequantizeAC(tmp, qpc, null);
                } else {
                    java.util.Arrays.fill(tmp, 0);
                }
                tmp[0] = dc2[b];
                CoeffTransformer.idct4x4(tmp);
                int at = (b >> 1) * 32 + (b & 1) * 4;
                for (int r = 0; r < 4; r++)
                    for (int x = 0; x < 4; x++) out[at + r * 8 + x] = clip(pred[c][at + r * 8 + x] + tmp[r * 4 + x]);
            }
        }
    }

    static byte clip(int v) {
        return (byte) (v < -128 ? -128 : v > 127 ? 127 : v);
    }
}
