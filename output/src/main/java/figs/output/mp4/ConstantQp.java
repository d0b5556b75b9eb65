package figs.output.mp4;

import org.jcodec.codecs.h264.encode.RateControl;
import org.jcodec.codecs.h264.io.model.SliceType;
import org.jcodec.common.model.Size;

/**
 * One quantiser for every macroblock of a picture. JCodec's default control starts at QP 20 and
 * drifts per macroblock with a bit budget; figures are mostly flat, so a fixed QP spends bits only
 * where there is detail and keeps quality even across frames. {@link H264Frames} may set a coarser
 * QP for a single picture that would not fit otherwise.
 */
final class ConstantQp implements RateControl {
    private int qp;

    ConstantQp(int qp) {
        set(qp);
    }

    void set(int qp) {
        if (qp < 0 || qp > 51) throw new IllegalArgumentException("H.264 QP is 0..51, not " + qp);
        this.qp = qp;
    }

    @Override
    public int startPicture(Size size, int maxSize, SliceType sliceType) {
        return qp;
    }

    /** No change at the start of a macroblock. */
    @Override
    public int initialQpDelta() {
        return 0;
    }

    /** No change after a macroblock, so none is coded twice. */
    @Override
    public int accept(int bits) {
        return 0;
    }
}
