package figs.output.mp4.h264;

import org.jcodec.codecs.h264.io.write.CAVLCWriter;
import org.jcodec.common.io.BitWriter;
import org.jcodec.common.model.Picture;

/**
 * The macroblocks of one slice (the whole picture) in raster order (7.3.4). In a P slice a run of
 * skipped macroblocks is written as one mb_skip_run before the next coded macroblock, or at the end
 * of the slice; a skipped macroblock still takes its place in the neighbour bookkeeping (reference 0
 * with its predicted vector, no coefficients), as it does in the decoder.
 */
final class PictureCoder {
    private final int mbWidth, mbHeight;
    private final CoefficientCounts counts;
    private final MotionVectors motion;
    private final MacroblockWriter writer;
    private final MacroblockCoder coder;
    /** Per picture: how many macroblocks were skipped, coded inter and coded intra. */
    int skipped, inter, intra;
    /** Per picture: skipped macroblocks whose predicted vector is not zero (the median case of 8.4.1.1). */
    int skippedMoving;
    /** Per picture: intra macroblocks coded as Intra 4x4 (counted in {@link #intra} too). */
    int intra4x4;

    PictureCoder(int mbWidth, int mbHeight) {
        this.mbWidth = mbWidth;
        this.mbHeight = mbHeight;
        counts = new CoefficientCounts(mbWidth, mbHeight);
        motion = new MotionVectors(mbWidth, mbHeight);
        writer = new MacroblockWriter(counts);
        coder = new MacroblockCoder(motion, writer);
    }

    /** Writes slice_data for {@code src} into {@code out}, the decoded picture into {@code recon}; {@code ref} is null for an I slice. */
    void code(Picture src, Picture ref, Picture recon, int qp, BitWriter out) {
        boolean pSlice = ref != null;
        counts.clear();
        motion.clear();
        coder.start(src, ref, recon, qp);
        skipped = inter = intra = skippedMoving = intra4x4 = 0;
        int skipRun = 0;
        for (int mbY = 0; mbY < mbHeight; mbY++) {
            for (int mbX = 0; mbX < mbWidth; mbX++) {
                Macroblock mb = coder.decide(mbX, mbY, pSlice);
                switch (mb.kind) {
                    case SKIP -> {
                        skipRun++;
                        skipped++;
                        if (mb.mvx != 0 || mb.mvy != 0) skippedMoving++;
                        writer.recordCounts(mb, mbX, mbY);
                        motion.inter(mbX, mbY, mb.mvx, mb.mvy);
                    }
                    case INTER, INTRA, INTRA4X4 -> {
                        if (pSlice) CAVLCWriter.writeUE(out, skipRun);
                        skipRun = 0;
                        writer.write(out, mb, mbX, mbY, pSlice);
                        if (mb.kind == Macroblock.Kind.INTER) {
                            inter++;
                            motion.inter(mbX, mbY, mb.mvx, mb.mvy);
                        } else {
                            intra++;
                            if (mb.kind == Macroblock.Kind.INTRA4X4) intra4x4++;
                            motion.intra(mbX, mbY);
                        }
                    }
                }
                coder.place(mb, mbX, mbY);
            }
        }
        if (skipRun > 0) CAVLCWriter.writeUE(out, skipRun);
    }
}
