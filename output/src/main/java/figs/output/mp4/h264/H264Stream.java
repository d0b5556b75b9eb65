package figs.output.mp4.h264;

import java.nio.ByteBuffer;
import org.jcodec.codecs.h264.H264Utils;
import org.jcodec.codecs.h264.io.model.NALUnit;
import org.jcodec.codecs.h264.io.model.NALUnitType;
import org.jcodec.codecs.h264.io.model.PictureParameterSet;
import org.jcodec.codecs.h264.io.model.RefPicMarkingIDR;
import org.jcodec.codecs.h264.io.model.SeqParameterSet;
import org.jcodec.codecs.h264.io.model.SliceHeader;
import org.jcodec.codecs.h264.io.model.SliceType;
import org.jcodec.codecs.h264.io.write.SliceHeaderWriter;
import org.jcodec.common.io.BitWriter;
import org.jcodec.common.model.ColorSpace;
import org.jcodec.common.model.Picture;

/**
 * An H.264 Baseline encoder (CAVLC, one slice and one reference picture) that replaces JCodec 0.2.5's
 * {@code H264Encoder}, whose P pictures code every macroblock with a residual and no mode choice.
 * This one skips macroblocks and chooses each macroblock's coding by rate and distortion
 * ({@link MacroblockCoder}), Intra 4x4 included. The picture/slice structure follows JCodec's encoder (FreeBSD licence, the
 * JCodec project); its bit writers, parameter-set classes, tables, interpolation, intra prediction and
 * inverse transforms are reused.
 *
 * <p>Deblocking: JCodec 0.2.5's decoder (which {@code figs check} reads MP4s with) filters every picture
 * whatever disable_deblocking_filter_idc says, but honours the slice's filter offsets. With both
 * offsets at their minimum (-12), every edge of a picture at QP 27 or finer gets alpha = beta = 0
 * (8.7.2.2: indexA = QP - 12 <= 15), which turns the filter off in every decoder, so the encoder's
 * unfiltered reconstruction is the reference exactly. Coarser pictures say disable_deblocking_filter_idc 1
 * instead: exact for standard decoders, off by the filter's small changes in JCodec's.
 */
public final class H264Stream {
    /** The finest QP at which the minimum filter offsets switch deblocking off (indexA = QP - 12 <= 15). */
    static final int FILTER_OFF_MAX_QP = 27;
    private static final int MIN_OFFSET_DIV2 = -6;

    private final SeqParameterSet sps;
    private final PictureParameterSet pps;
    private final int mbWidth, mbHeight;
    private final PictureCoder coder;
    private Picture ref, recon;
    private final ByteBuffer slice;

    /**
     * @param sps the sequence parameter set to write before every IDR picture; its size, frame_num and
     *            POC fields are used as given
     */
    public H264Stream(SeqParameterSet sps) {
        this.sps = sps;
        this.pps = new PictureParameterSet();
        pps.picInitQpMinus26 = 0;
        pps.deblockingFilterControlPresentFlag = true;
        mbWidth = sps.picWidthInMbsMinus1 + 1;
        mbHeight = sps.picHeightInMapUnitsMinus1 + 1;
        coder = new PictureCoder(mbWidth, mbHeight);
        // At QP 0 a macroblock of noise can take several bytes a sample; more overflows and the caller retries coarser.
        slice = ByteBuffer.allocate(mbWidth * mbHeight * 384 * 3 + (1 << 16));
    }

    /** The last picture as a decoder reconstructs it (whole macroblocks), for tests. */
    Picture decoded() {
        return ref;
    }

    /** Macroblocks of the last picture: skipped, inter, intra, skipped with a non-zero vector, and Intra 4x4 (of the intra ones). */
    public int[] lastCounts() {
        return new int[] {coder.skipped, coder.inter, coder.intra, coder.skippedMoving, coder.intra4x4};
    }

    /**
     * Codes {@code picture} as an IDR picture (with the parameter sets before it) or as a P picture
     * predicted from the previous one, into {@code out} as Annex B NAL units from its position.
     * On an exception (a full buffer) the stream is left as it was before the call.
     *
     * @param frameNum the picture's number since the last IDR picture (0 for it)
     */
    public void encode(Picture picture, boolean idr, int frameNum, int qp, ByteBuffer out) {
        if (idr != (frameNum == 0)) throw new IllegalArgumentException("frame_num is 0 exactly for IDR pictures");
        if (picture.getColor() != ColorSpace.YUV420J) throw new IllegalArgumentException("4:2:0 pictures only, not " + picture.getColor());
        if (!idr && ref == null) throw new IllegalStateException("a P picture needs a picture before it");
        if (idr) {
            writeNal(out, NALUnitType.SPS, buf -> sps.write(buf));
            writeNal(out, NALUnitType.PPS, buf -> pps.write(buf));
        }
        Picture next = recon != null && recon != ref ? recon : Picture.create(mbWidth << 4, mbHeight << 4, ColorSpace.YUV420J);
        SliceHeader sh = new SliceHeader();
        sh.sliceType = idr ? SliceType.I : SliceType.P;
        if (idr) sh.refPicMarkingIDR = new RefPicMarkingIDR(false, false);
        sh.pps = pps;
        sh.sps = sps;
        int maxPoc = 1 << (sps.log2MaxPicOrderCntLsbMinus4 + 4), maxFrameNum = 1 << (sps.log2MaxFrameNumMinus4 + 4);
        sh.picOrderCntLsb = (frameNum << 1) % maxPoc;
        sh.frameNum = frameNum % maxFrameNum;
        sh.sliceQpDelta = qp - (pps.picInitQpMinus26 + 26);
        if (qp <= FILTER_OFF_MAX_QP) {
            sh.disableDeblockingFilterIdc = 0;
            sh.sliceAlphaC0OffsetDiv2 = MIN_OFFSET_DIV2;
            sh.sliceBetaOffsetDiv2 = MIN_OFFSET_DIV2;
        } else {
            sh.disableDeblockingFilterIdc = 1;
        }
        slice.clear();
        BitWriter bits = new BitWriter(slice);
        SliceHeaderWriter.write(sh, idr, 2, bits);
        coder.code(picture, idr ? null : ref, next, qp, bits);
        bits.write1Bit(1); // rbsp_stop_one_bit, then byte alignment
        bits.flush();
        ByteBuffer data = bits.getBuffer();
        data.flip();
        out.putInt(1);
        new NALUnit(idr ? NALUnitType.IDR_SLICE : NALUnitType.NON_IDR_SLICE, 3).write(out);
        H264Utils.escapeNAL(data, out);
        recon = ref;
        ref = next;
    }

    private interface Payload {
        void write(ByteBuffer buf);
    }

    private static void writeNal(ByteBuffer out, NALUnitType type, Payload payload) {
        ByteBuffer tmp = ByteBuffer.allocate(1024);
        payload.write(tmp);
        tmp.flip();
        out.putInt(1);
        new NALUnit(type, 3).write(out);
        H264Utils.escapeNAL(tmp, out);
    }
}
