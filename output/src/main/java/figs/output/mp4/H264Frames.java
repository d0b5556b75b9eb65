package figs.output.mp4;

import java.nio.BufferOverflowException;
import java.nio.ByteBuffer;
import org.jcodec.codecs.h264.io.model.SliceType;
import org.jcodec.common.model.Picture;

/**
 * Codes pictures in order into H.264 access units (Annex B): an IDR picture every
 * {@link #KEY_INTERVAL}, P pictures between, every macroblock at the sink's QP, the colour written
 * into the sequence parameter set ({@link TaggedH264Encoder}).
 *
 * <p>JCodec collects a slice in a buffer of one byte per pixel and throws when it overflows, which
 * detailed pictures (noise, dense fine texture) do at low QPs. Such a picture is coded again at a
 * QP {@link #QP_STEP} coarser until it fits; nothing of a failed attempt stays in the encoder
 * (JCodec 0.2.5 rebuilds all per-picture state and takes the reference picture only on success).
 */
final class H264Frames {
    /** JCodec's own default: a key frame every 2.5 s at 10 fps, where a viewer can seek to. */
    static final int KEY_INTERVAL = 25;
    static final int QP_STEP = 4;
    private static final int MAX_QP = 51;

    private final TaggedH264Encoder encoder;
    private final ConstantQp rate;
    private final int qp;
    private int index;

    H264Frames(int qp) {
        this.rate = new ConstantQp(qp);
        this.qp = qp;
        this.encoder = new TaggedH264Encoder(rate);
    }

    /** Whether the next picture is an IDR picture. */
    boolean nextIsKey() {
        return index % KEY_INTERVAL == 0;
    }

    /** The next access unit, read from {@code out}'s position to its limit on return. */
    ByteBuffer encode(Picture picture, ByteBuffer out) {
        int inGroup = index % KEY_INTERVAL;
        SliceType type = inGroup == 0 ? SliceType.I : SliceType.P;
        for (int q = qp; ; q = Math.min(MAX_QP, q + QP_STEP)) {
            rate.set(q);
            out.clear();
            try {
                ByteBuffer unit = encoder.doEncodeFrame(picture, out, inGroup == 0, inGroup, type);
                index++;
                return unit;
            } catch (BufferOverflowException e) {
                if (q == MAX_QP) throw new IllegalStateException("picture " + index + " does not fit even at QP " + MAX_QP, e);
            } finally {
                rate.set(qp);
            }
        }
    }
}
