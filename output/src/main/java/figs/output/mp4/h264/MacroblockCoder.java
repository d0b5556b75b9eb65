package figs.output.mp4.h264;

import java.nio.ByteBuffer;
import org.jcodec.codecs.h264.decode.BlockInterpolator;
import org.jcodec.codecs.h264.decode.ChromaPredictionBuilder;
import org.jcodec.codecs.h264.decode.Intra16x16PredictionBuilder;
import org.jcodec.codecs.h264.encode.MBEncoderHelper;
import org.jcodec.common.io.BitWriter;
import org.jcodec.common.model.ColorSpace;
import org.jcodec.common.model.Picture;

/**
 * Chooses how to code each macroblock by rate and distortion: the squared error of the
 * reconstruction plus lambda times its bits, lambda = 0.85 * 2^((QP - 12) / 3) as in the JM reference
 * encoder and x264 for SSD. In a P picture the candidates are P_Skip (no bits but the skip run),
 * P_L0_16x16 (quarter-sample vector, {@link SubpelSearch}) with its residual after x264's decimation or
 * without any, Intra 16x16 and Intra 4x4 ({@link Intra4x4}); an I picture chooses between the two intra kinds. Bits are counted by writing the candidate, so they are exact.
 * Prediction and reconstruction use JCodec's decoder code (interpolation, intra prediction, inverse
 * transforms), so the pictures predicted from are what a decoder holds.
 */
final class MacroblockCoder {
    /** One bit, the usual estimate of a skipped macroblock's share of mb_skip_run. */
    private static final int SKIP_BITS = 1;
    /** x264's decimation thresholds (see {@link Decimation}). */
    private static final int DECIMATE_8X8 = 4, DECIMATE_LUMA = 6, DECIMATE_CHROMA = 7;
    /** Whole-sample steps of the motion search, at most. */
    private static final int SEARCH_RANGE = 16;
    /**
     * In a P picture intra is tried only where its best 16x16 prediction's SAD is under this many times the
     * inter prediction's: on the gradient-descent and boundary animations that leaves out 37 % and 59 % of
     * the macroblocks searched, for 0.3 % and 0.2 % of their rate-distortion cost (Intra 4x4 wins some
     * macroblocks whose 16x16 prediction is worse than the vector's). 2 would leave out more for 0.9 %.
     */
    private static final double INTRA_TRIAL = 3.0;
    /**
     * In a P picture Intra 4x4 is coded only where Intra 16x16 costs under this many times the best
     * candidate so far: its mode search is 12 % of the coding time, and it rarely wins where 16x16 is far behind.
     * At QP 20 it took the CPU time 13 % down on gradient descent (3.01 to 2.63 s), 11 % on critical-points
     * (6.86 to 6.10 s) and 2 % on boundary, for 0.08, 0.08 and 0.01 dB of mean PSNR and 0.1 % fewer bytes;
     * 1.0 saved 20 % for 0.3 to 0.4 dB.
     */
    private static final double INTRA4X4_TRIAL = 1.2;
    private static final int[][] NO_RESIDUAL_LUMA = new int[16][16];
    private static final int[][] NO_RESIDUAL_CHROMA = new int[4][16];

    private final MotionVectors motion;
    private final MacroblockWriter writer;
    private final Residual residual = new Residual();
    private final BlockInterpolator interpolator = new BlockInterpolator();
    private final SubpelSearch subpel = new SubpelSearch();
    private final Intra4x4 intra4x4 = new Intra4x4();
    private final Picture block = Picture.create(16, 16, ColorSpace.YUV420J);
    private final ByteBuffer scratch = ByteBuffer.allocate(1 << 16);

    private final Macroblock skip = new Macroblock(), inter = new Macroblock(), flat = new Macroblock(), intra = new Macroblock(),
            intra4 = new Macroblock(), probe = new Macroblock();
    private final byte[] srcY = new byte[256];
    private final byte[][] srcC = {new byte[64], new byte[64]};
    private final byte[] skipY = new byte[256], interY = new byte[256], intraY = new byte[256], tryY = new byte[256];
    private final byte[][] skipC = {new byte[64], new byte[64]}, interC = {new byte[64], new byte[64]};
    private final byte[][] intraC = {new byte[64], new byte[64]}, tryC = {new byte[64], new byte[64]};
    private final byte[] leftY = new byte[16], topLeftY = new byte[1];
    private final byte[][] leftC = {new byte[8], new byte[8]}, topLeftC = {new byte[1], new byte[1]};
    private byte[] topY;
    private byte[][] topC;

    private Picture src, ref, recon;
    private int qp;
    private double lambda, lambdaSad;

    MacroblockCoder(MotionVectors motion, MacroblockWriter writer) {
        this.motion = motion;
        this.writer = writer;
    }

    static double lambda(int qp) {
        return 0.85 * StrictMath.pow(2, (qp - 12) / 3.0);
    }

    /** Starts a picture: {@code recon} receives what is decided; {@code ref} is null for an I picture. */
    void start(Picture src, Picture ref, Picture recon, int qp) {
        this.src = src;
        this.ref = ref;
        this.recon = recon;
        this.qp = qp;
        this.lambda = lambda(qp);
        this.lambdaSad = StrictMath.sqrt(lambda);
        if (ref != null) subpel.start(ref);
        intra4x4.start(recon.getPlaneWidth(0) >> 4, recon.getPlaneHeight(0) >> 4);
        if (topY == null || topY.length != recon.getPlaneWidth(0)) {
            topY = new byte[recon.getPlaneWidth(0)];
            topC = new byte[][] {new byte[recon.getPlaneWidth(1)], new byte[recon.getPlaneWidth(1)]};
        }
    }

    /** The cheapest way to code the macroblock at (mbX, mbY), its reconstruction not yet placed in the picture. */
    Macroblock decide(int mbX, int mbY, boolean pSlice) {
        load(mbX, mbY);
        if (!pSlice) {
            predictIntra(mbX, mbY);
            return codeIntra(mbX, mbY, false, Double.POSITIVE_INFINITY);
        }
        long skipMv = motion.skip(mbX, mbY);
        codeSkip(mbX, mbY, MotionVectors.x(skipMv), MotionVectors.y(skipMv));
        // Nothing beats an exact skip (no error, the fewest bits), and a figure's still areas are most macroblocks.
        if (skip.distortion == 0 || residualVanishes(skipY, skipC)) return skip;
        long mvp = motion.median(mbX, mbY);
        int mvpx = MotionVectors.x(mvp), mvpy = MotionVectors.y(mvp);
        long start = subpel.descend(ref, srcY, mbX, mbY, mvp, mvpx, mvpy, lambdaSad, SEARCH_RANGE);
        // Refine from the better of the whole-sample search's vector and the prediction (the turning camera moves the neighbours alike).
        if (mvp != start && subpel.cost(ref, srcY, mbX, mbY, mvpx, mvpy, mvpx, mvpy, lambdaSad)
                < subpel.cost(ref, srcY, mbX, mbY, MotionVectors.x(start), MotionVectors.y(start), mvpx, mvpy, lambdaSad)) start = mvp;
        long mv = subpel.refine(ref, srcY, mbX, mbY, start, mvpx, mvpy, lambdaSad);
        codeInter(mbX, mbY, MotionVectors.x(mv), MotionVectors.y(mv), mvpx, mvpy);
        Macroblock best = skip;
        if (inter.cost < best.cost) best = inter;
        if (flat.cost < best.cost) best = flat;
        if (predictIntra(mbX, mbY) < INTRA_TRIAL * sad(srcY, interY)) {
            Macroblock intraBest = codeIntra(mbX, mbY, true, best.cost);
            if (intraBest.cost < best.cost) best = intraBest;
        }
        return best;
    }

    /** Copies the macroblock's reconstruction into the picture being built. */
    void place(Macroblock mb, int mbX, int mbY) {
        intra4x4.place(mb, mbX, mbY);
        put(recon.getPlaneData(0), recon.getPlaneWidth(0), mb.y, mbX << 4, mbY << 4, 16);
        put(recon.getPlaneData(1), recon.getPlaneWidth(1), mb.cb, mbX << 3, mbY << 3, 8);
        put(recon.getPlaneData(2), recon.getPlaneWidth(2), mb.cr, mbX << 3, mbY << 3, 8);
    }

    private void load(int mbX, int mbY) {
        MBEncoderHelper.take(src.getPlaneData(0), src.getPlaneWidth(0), src.getPlaneHeight(0), mbX << 4, mbY << 4, srcY, 16, 16);
        for (int c = 0; c < 2; c++)
            MBEncoderHelper.take(src.getPlaneData(1 + c), src.getPlaneWidth(1 + c), src.getPlaneHeight(1 + c), mbX << 3, mbY << 3, srcC[c], 8, 8);
    }

    private void codeSkip(int mbX, int mbY, int mvx, int mvy) {
        predictInter(mbX, mbY, mvx, mvy, skipY, skipC);
        Macroblock mb = skip;
        mb.kind = Macroblock.Kind.SKIP;
        mb.mvx = mvx;
        mb.mvy = mvy;
        mb.cbpLuma = mb.cbpChroma = 0;
        System.arraycopy(skipY, 0, mb.y, 0, 256);
        System.arraycopy(skipC[0], 0, mb.cb, 0, 64);
        System.arraycopy(skipC[1], 0, mb.cr, 0, 64);
        mb.bits = SKIP_BITS;
        score(mb);
    }

    /**
     * Whether the residual after the skip prediction quantises (and decimates) to nothing, so that coding the
     * predicted vector would reconstruct exactly what skipping does, at more bits: x264's early skip
     * ({@code x264_macroblock_probe_pskip}). It passes over a better vector elsewhere, which is rare when the
     * prediction is already within the quantiser's dead zone, and it saves the intra and motion searches.
     */
    private boolean residualVanishes(byte[] predY, byte[][] predC) {
        if (dcSurvives(predY)) return false;
        residual.luma(srcY, predY, probe, qp, false);
        if (decimateLuma(probe) != 0) return false;
        residual.chroma(srcC, predC, probe, qp, false);
        return decimateChroma(probe) == 0;
    }

    /**
     * Whether some 4x4 luma block's residual sum, its DC coefficient, quantises to a level beyond +-1, which
     * decimation always keeps: then the residual cannot vanish, and the transforms need not run.
     */
    private boolean dcSurvives(byte[] predY) {
        for (int blk = 0; blk < 16; blk++) {
            int at = (blk >> 2) * 64 + (blk & 3) * 4, sum = 0;
            for (int r = 0; r < 4; r++)
                for (int c = 0; c < 4; c++) sum += srcY[at + r * 16 + c] - predY[at + r * 16 + c];
            if (Math.abs(Quantiser.acLevel(sum, 0, qp, Quantiser.INTER_OFFSET)) > 1) return true;
        }
        return false;
    }

    private void codeInter(int mbX, int mbY, int mvx, int mvy, int mvpx, int mvpy) {
        predictInter(mbX, mbY, mvx, mvy, interY, interC);
        Macroblock mb = inter;
        mb.kind = Macroblock.Kind.INTER;
        mb.mvx = mvx;
        mb.mvy = mvy;
        mb.mvdx = mvx - mvpx;
        mb.mvdy = mvy - mvpy;
        residual.luma(srcY, interY, mb, qp, false);
        mb.cbpLuma = decimateLuma(mb);
        residual.chroma(srcC, interC, mb, qp, false);
        mb.cbpChroma = decimateChroma(mb);
        residual.reconstructLuma(interY, mb, qp);
        residual.reconstructChroma(interC, mb, qp);
        measure(mb, mbX, mbY, true);

        // The same vector without residual: worth it when the residual costs more than the error it removes.
        // When decimation left no residual, it is the macroblock just measured, and cannot cost less.
        Macroblock f = flat;
        if (mb.cbpLuma == 0 && mb.cbpChroma == 0) {
            f.cost = Double.MAX_VALUE;
            return;
        }
        f.kind = Macroblock.Kind.INTER;
        f.mvx = mvx;
        f.mvy = mvy;
        f.mvdx = mb.mvdx;
        f.mvdy = mb.mvdy;
        f.cbpLuma = f.cbpChroma = 0;
        System.arraycopy(interY, 0, f.y, 0, 256);
        System.arraycopy(interC[0], 0, f.cb, 0, 64);
        System.arraycopy(interC[1], 0, f.cr, 0, 64);
        measure(f, mbX, mbY, true);
    }

    /**
     * The Intra 16x16 luma and the chroma prediction modes with the least SAD, their predictions in
     * {@code intraY} and {@code intraC}; returns the luma SAD.
     */
    private long predictIntra(int mbX, int mbY) {
        boolean left = mbX > 0, top = mbY > 0;
        neighbours(mbX, mbY, left, top);
        Macroblock mb = intra;
        long lumaSad = Long.MAX_VALUE;
        for (int mode : new int[] {2, 0, 1, 3}) {
            if (mode == 0 && !top || mode == 1 && !left || mode == 3 && !(left && top)) continue;
            Intra16x16PredictionBuilder.predictWithMode(mode, NO_RESIDUAL_LUMA, left, top, leftY, topY, topLeftY, mbX << 4, tryY);
            long sad = sad(srcY, tryY);
            if (sad < lumaSad) {
                lumaSad = sad;
                mb.lumaMode = mode;
                System.arraycopy(tryY, 0, intraY, 0, 256);
            }
        }
        long bestSad = Long.MAX_VALUE;
        for (int mode : new int[] {0, 1, 2, 3}) {
            if (mode == 1 && !left || mode == 2 && !top || mode == 3 && !(left && top)) continue;
            for (int c = 0; c < 2; c++)
                ChromaPredictionBuilder.predictWithMode(NO_RESIDUAL_CHROMA, mode, mbX, left, top, leftC[c], topC[c], topLeftC[c], tryC[c]);
            long sad = sad(srcC[0], tryC[0]) + sad(srcC[1], tryC[1]);
            if (sad < bestSad) {
                bestSad = sad;
                mb.chromaMode = mode;
                System.arraycopy(tryC[0], 0, intraC[0], 0, 64);
                System.arraycopy(tryC[1], 0, intraC[1], 0, 64);
            }
        }
        return lumaSad;
    }

    /**
     * Intra 16x16 from {@link #predictIntra}'s modes and Intra 4x4 with its chroma, whichever costs less;
     * Intra 4x4 only when 16x16 costs under {@link #INTRA4X4_TRIAL} times {@code toBeat}.
     */
    private Macroblock codeIntra(int mbX, int mbY, boolean pSlice, double toBeat) {
        Macroblock mb = intra;
        mb.kind = Macroblock.Kind.INTRA;
        mb.mvx = mb.mvy = 0;
        residual.luma(srcY, intraY, mb, qp, true);
        boolean ac = false;
        for (int i = 0; i < 16 && !ac; i++) ac = Macroblock.nonZero(mb.luma[i], 1) > 0;
        mb.cbpLuma = ac ? 15 : 0;
        residual.chroma(srcC, intraC, mb, qp, true);
        mb.cbpChroma = chromaPattern(mb);
        residual.reconstructLuma(intraY, mb, qp);
        residual.reconstructChroma(intraC, mb, qp);
        measure(mb, mbX, mbY, pSlice);
        if (mb.cost > INTRA4X4_TRIAL * toBeat) return mb;

        // Intra 4x4 luma with the same chroma (its prediction does not depend on the luma).
        Macroblock m4 = intra4;
        m4.kind = Macroblock.Kind.INTRA4X4;
        m4.mvx = m4.mvy = 0;
        intra4x4.code(recon, srcY, mbX, mbY, recon.getPlaneWidth(0) >> 4, qp, lambdaSad, m4);
        m4.chromaMode = mb.chromaMode;
        m4.cbpChroma = mb.cbpChroma;
        for (int c = 0; c < 2; c++) {
            System.arraycopy(mb.chromaDc[c], 0, m4.chromaDc[c], 0, 4);
            for (int b = 0; b < 4; b++) System.arraycopy(mb.chromaAc[c][b], 0, m4.chromaAc[c][b], 0, 16);
        }
        System.arraycopy(mb.cb, 0, m4.cb, 0, 64);
        System.arraycopy(mb.cr, 0, m4.cr, 0, 64);
        measure(m4, mbX, mbY, pSlice);
        return m4.cost < mb.cost ? m4 : mb;
    }

    /** The unfiltered samples left of, above and above-left of the macroblock, as the intra predictors read them. */
    private void neighbours(int mbX, int mbY, boolean left, boolean top) {
        int w = recon.getPlaneWidth(0), cw = recon.getPlaneWidth(1);
        byte[] y = recon.getPlaneData(0);
        int x0 = mbX << 4, y0 = mbY << 4;
        if (left) for (int i = 0; i < 16; i++) leftY[i] = y[(y0 + i) * w + x0 - 1];
        if (top) System.arraycopy(y, (y0 - 1) * w + x0, topY, x0, 16);
        if (left && top) topLeftY[0] = y[(y0 - 1) * w + x0 - 1];
        int cx0 = mbX << 3, cy0 = mbY << 3;
        for (int c = 0; c < 2; c++) {
            byte[] p = recon.getPlaneData(1 + c);
            if (left) for (int i = 0; i < 8; i++) leftC[c][i] = p[(cy0 + i) * cw + cx0 - 1];
            if (top) System.arraycopy(p, (cy0 - 1) * cw + cx0, topC[c], cx0, 8);
            if (left && top) topLeftC[c][0] = p[(cy0 - 1) * cw + cx0 - 1];
        }
    }

    private void predictInter(int mbX, int mbY, int mvx, int mvy, byte[] y, byte[][] c) {
        interpolator.getBlockLuma(ref, block, 0, (mbX << 6) + mvx, (mbY << 6) + mvy, 16, 16);
        System.arraycopy(block.getPlaneData(0), 0, y, 0, 256);
        for (int k = 0; k < 2; k++) {
            BlockInterpolator.getBlockChroma(ref.getPlaneData(1 + k), ref.getPlaneWidth(1 + k), ref.getPlaneHeight(1 + k),
                    c[k], 0, 8, (mbX << 6) + mvx, (mbY << 6) + mvy, 8, 8);
        }
    }

    /** Drops 8x8s whose levels are scattered +-1s, then the whole luma if what is left is; returns the luma pattern. */
    private static int decimateLuma(Macroblock mb) {
        int pattern = 0, total = 0;
        for (int b8 = 0; b8 < 4; b8++) {
            int s = 0;
            for (int k = 0; k < 4; k++) s += Decimation.score(mb.luma[b8 * 4 + k], 0);
            if (s < DECIMATE_8X8) clear(mb.luma, b8 * 4, 4, 0);
            else total += s;
        }
        if (total < DECIMATE_LUMA) clear(mb.luma, 0, 16, 0);
        for (int b8 = 0; b8 < 4; b8++) {
            boolean any = false;
            for (int k = 0; k < 4 && !any; k++) any = Macroblock.nonZero(mb.luma[b8 * 4 + k], 0) > 0;
            if (any) pattern |= 1 << b8;
        }
        return pattern;
    }

    private static int decimateChroma(Macroblock mb) {
        for (int c = 0; c < 2; c++) {
            int s = 0;
            for (int b = 0; b < 4; b++) s += Decimation.score(mb.chromaAc[c][b], 1);
            if (s < DECIMATE_CHROMA) clear(mb.chromaAc[c], 0, 4, 1);
        }
        return chromaPattern(mb);
    }

    private static int chromaPattern(Macroblock mb) {
        boolean ac = false, dc = false;
        for (int c = 0; c < 2; c++) {
            for (int b = 0; b < 4; b++) ac |= Macroblock.nonZero(mb.chromaAc[c][b], 1) > 0;
            dc |= Macroblock.nonZero(mb.chromaDc[c], 0) > 0;
        }
        return ac ? 2 : dc ? 1 : 0;
    }

    private static void clear(int[][] blocks, int from, int count, int fromCoeff) {
        for (int i = from; i < from + count; i++) java.util.Arrays.fill(blocks[i], fromCoeff, 16, 0);
    }

    /** Counts the candidate's bits by writing it, and scores it. */
    private void measure(Macroblock mb, int mbX, int mbY, boolean pSlice) {
        scratch.clear();
        BitWriter out = new BitWriter(scratch);
        writer.write(out, mb, mbX, mbY, pSlice);
        mb.bits = out.position() + (pSlice ? SKIP_BITS : 0);
        score(mb);
    }

    private void score(Macroblock mb) {
        mb.distortion = ssd(srcY, mb.y) + ssd(srcC[0], mb.cb) + ssd(srcC[1], mb.cr);
        mb.cost = mb.distortion + lambda * mb.bits;
    }

    private static long ssd(byte[] a, byte[] b) {
        long s = 0;
        for (int i = 0; i < a.length; i++) {
            int d = a[i] - b[i];
            s += d * d;
        }
        return s;
    }

    private static long sad(byte[] a, byte[] b) {
        long s = 0;
        for (int i = 0; i < a.length; i++) s += Math.abs(a[i] - b[i]);
        return s;
    }

    private static void put(byte[] plane, int stride, byte[] block, int x, int y, int size) {
        for (int r = 0; r < size; r++) System.arraycopy(block, r * size, plane, (y + r) * stride + x, size);
    }
}
