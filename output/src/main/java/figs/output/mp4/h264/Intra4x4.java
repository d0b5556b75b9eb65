package figs.output.mp4.h264;

import java.util.Arrays;
import org.jcodec.codecs.h264.decode.CoeffTransformer;
import org.jcodec.codecs.h264.decode.Intra4x4PredictionBuilder;
import org.jcodec.common.model.Picture;

/**
 * The luma of an Intra 4x4 macroblock: for each 4x4 block, the cheapest prediction mode
 * (SAD plus sqrt(lambda) times the mode's bits: 1 when it is the mode the decoder predicts, else 4),
 * then its residual, reconstructed before the next block predicts from it. Sharp edges and text, which
 * one 16x16 prediction cannot follow, are most of a chart's intra cost.
 *
 * <p>Prediction and reconstruction are JCodec's decoder code, {@link Intra4x4PredictionBuilder}, which
 * keeps the decoder's running state (left column, upper line, upper-left samples) and updates it as each
 * block is reconstructed; trial predictions save and restore the part they touch. Blocks go in the
 * decoder's order (raster), with the decoder's upper-right availability (6.4.11.4: not for blocks
 * 3, 7, 11, 13, 15 in coding order, nor 5 without the macroblock above right).
 */
final class Intra4x4 {
    private static final int VERTICAL = 0, HORIZONTAL = 1, DC = 2;
    /**
     * After vertical, horizontal and DC, only the directions on the better one's side are tried (x264's
     * intra_analysis_shortcut): diagonal down-left and -right, vertical-right and -left, or diagonal
     * down-right, horizontal-down and -up. Seven or six predictions instead of nine, for 0.3 % more
     * bytes and 0.02 dB on the gradient-descent animation (output/BENCHMARKS.md).
     */
    private static final int[] NEAR_VERTICAL = {3, 4, 5, 7}, NEAR_HORIZONTAL = {4, 6, 8};
    /** Modes per picture, raster order of 4x4 blocks; -1 for blocks of other macroblocks (they count as DC, 8.3.1.1). */
    private int[] modes;
    private int stride;
    private byte[] topLine;
    private final byte[] leftRow = new byte[16], topLeft = new byte[4];
    private final byte[] trial = new byte[256];
    private final byte[] savedLeft = new byte[4], savedTop = new byte[4];
    private final int[] levels = new int[16], residual = new int[16], zero = new int[16];

    void start(int mbWidth, int mbHeight) {
        stride = mbWidth * 4;
        if (modes == null || modes.length != stride * mbHeight * 4) {
            modes = new int[stride * mbHeight * 4];
            topLine = new byte[mbWidth * 16 + 32];
        }
        Arrays.fill(modes, -1);
    }

    /** Records the modes of the macroblock placed at (mbX, mbY); other kinds record -1. */
    void place(Macroblock mb, int mbX, int mbY) {
        for (int i = 0; i < 16; i++) {
            int at = (mbY * 4 + Macroblock.BLK_Y[i]) * stride + mbX * 4 + Macroblock.BLK_X[i];
            modes[at] = mb.kind == Macroblock.Kind.INTRA4X4 ? mb.modes4[i] : -1;
        }
    }

    /** Fills {@code mb}'s luma modes, levels, pattern and reconstruction. */
    void code(Picture recon, byte[] src, int mbX, int mbY, int mbWidth, int qp, double lambdaSad, Macroblock mb) {
        boolean left = mbX > 0, top = mbY > 0, topRightMb = mbY > 0 && mbX < mbWidth - 1;
        neighbours(recon, mbX, mbY, left, top, topRightMb);
        int x0 = mbX << 4;
        for (int r = 0; r < 16; r++) {
            int bx = r & 3, by = r >> 2, blkX = bx << 2, blkY = by << 2;
            int bi = (by >> 1) * 8 + (bx >> 1) * 4 + (by & 1) * 2 + (bx & 1); // coding order
            boolean blkLeft = bx > 0 || left, blkTop = by > 0 || top;
            boolean topRight = ((bi == 0 || bi == 1 || bi == 4) && top) || (bi == 5 && topRightMb) || bi == 2 || bi == 6
                    || bi == 8 || bi == 9 || bi == 10 || bi == 12 || bi == 14;
            int predicted = predictedMode(mbX, mbY, bx, by, left, top, mb);
            int best = DC;
            double bestCost = Double.MAX_VALUE, vertical = Double.MAX_VALUE, horizontal = Double.MAX_VALUE;
            for (int mode = 0; mode < 3; mode++) {
                if (!allowed(mode, blkLeft, blkTop)) continue;
                double cost = trial(mode, predicted, src, blkLeft, blkTop, topRight, x0, blkX, blkY, lambdaSad);
                if (mode == VERTICAL) vertical = cost;
                if (mode == HORIZONTAL) horizontal = cost;
                if (cost < bestCost) {
                    bestCost = cost;
                    best = mode;
                }
            }
            for (int mode : vertical <= horizontal ? NEAR_VERTICAL : NEAR_HORIZONTAL) {
                if (!allowed(mode, blkLeft, blkTop)) continue;
                double cost = trial(mode, predicted, src, blkLeft, blkTop, topRight, x0, blkX, blkY, lambdaSad);
                if (cost < bestCost) {
                    bestCost = cost;
                    best = mode;
                }
            }
            // The chosen prediction again, then its residual, then the reconstruction that updates the running state.
            save(x0 + blkX, blkY);
            Intra4x4PredictionBuilder.predictWithMode(best, zero, blkLeft, blkTop, topRight, leftRow, topLine, topLeft, x0, blkX, blkY, trial);
            restore(x0 + blkX, blkY);
            int[] lv = mb.luma[bi];
            for (int y = 0; y < 4; y++)
                for (int x = 0; x < 4; x++) lv[y * 4 + x] = src[(blkY + y) * 16 + blkX + x] - trial[(blkY + y) * 16 + blkX + x];
            CoeffTransformer.fdct4x4(lv);
            Quantiser.ac(lv, 0, qp, Quantiser.INTRA_OFFSET);
            System.arraycopy(lv, 0, residual, 0, 16);
            CoeffTransformer.dequantizeAC(residual, qp, null);
            CoeffTransformer.idct4x4(residual);
            Intra4x4PredictionBuilder.predictWithMode(best, residual, blkLeft, blkTop, topRight, leftRow, topLine, topLeft, x0, blkX, blkY, mb.y);
            mb.modes4[bi] = best;
            mb.predicted4[bi] = predicted;
        }
        int pattern = 0;
        for (int i = 0; i < 16; i++) if (Macroblock.nonZero(mb.luma[i], 0) > 0) pattern |= 1 << (i >> 2);
        mb.cbpLuma = pattern;
    }

    /** SAD of the block's prediction in {@code mode} plus sqrt(lambda) times the mode's bits. */
    private double trial(int mode, int predicted, byte[] src, boolean blkLeft, boolean blkTop, boolean topRight, int x0, int blkX,
            int blkY, double lambdaSad) {
        save(x0 + blkX, blkY);
        Intra4x4PredictionBuilder.predictWithMode(mode, zero, blkLeft, blkTop, topRight, leftRow, topLine, topLeft, x0, blkX, blkY, trial);
        restore(x0 + blkX, blkY);
        long sad = 0;
        for (int y = 0; y < 4; y++)
            for (int x = 0; x < 4; x++) sad += Math.abs(src[(blkY + y) * 16 + blkX + x] - trial[(blkY + y) * 16 + blkX + x]);
        return sad + lambdaSad * (mode == predicted ? 1 : 4);
    }

    /** 8.3.1.1: the smaller of the left and upper blocks' modes; DC when either is outside the picture. */
    private int predictedMode(int mbX, int mbY, int bx, int by, boolean left, boolean top, Macroblock mb) {
        if (bx == 0 && !left || by == 0 && !top) return DC;
        int a = bx > 0 ? mb.modes4[codingIndex(bx - 1, by)] : modeOrDc(mbX * 4 - 1, mbY * 4 + by);
        int b = by > 0 ? mb.modes4[codingIndex(bx, by - 1)] : modeOrDc(mbX * 4 + bx, mbY * 4 - 1);
        return Math.min(a, b);
    }

    private int modeOrDc(int x, int y) {
        int m = modes[y * stride + x];
        return m < 0 ? DC : m;
    }

    private static int codingIndex(int bx, int by) {
        return (by >> 1) * 8 + (bx >> 1) * 4 + (by & 1) * 2 + (bx & 1);
    }

    /** Modes whose samples exist (8.3.1.2): vertical and the diagonals down-left and vertical-left need the upper row, and so on. */
    private static boolean allowed(int mode, boolean left, boolean top) {
        return switch (mode) {
            case 0, 3, 7 -> top;
            case 1, 8 -> left;
            case 2 -> true;
            default -> left && top;
        };
    }

    /** The decoder's state at the start of the macroblock, read from the unfiltered reconstruction. */
    private void neighbours(Picture recon, int mbX, int mbY, boolean left, boolean top, boolean topRight) {
        byte[] y = recon.getPlaneData(0);
        int w = recon.getPlaneWidth(0), x0 = mbX << 4, y0 = mbY << 4;
        if (left) for (int i = 0; i < 16; i++) leftRow[i] = y[(y0 + i) * w + x0 - 1];
        if (top) System.arraycopy(y, (y0 - 1) * w + x0, topLine, x0, topRight ? 24 : 16);
        if (left) {
            if (top) topLeft[0] = y[(y0 - 1) * w + x0 - 1];
            for (int k = 1; k < 4; k++) topLeft[k] = y[(y0 + 4 * k - 1) * w + x0 - 1];
        }
    }

    private void save(int x, int blkY) {
        System.arraycopy(leftRow, blkY, savedLeft, 0, 4);
        System.arraycopy(topLine, x, savedTop, 0, 4);
        savedTopLeft = topLeft[blkY >> 2];
    }

    private byte savedTopLeft;

    private void restore(int x, int blkY) {
        System.arraycopy(savedLeft, 0, leftRow, blkY, 4);
        System.arraycopy(savedTop, 0, topLine, x, 4);
        topLeft[blkY >> 2] = savedTopLeft;
    }
}
