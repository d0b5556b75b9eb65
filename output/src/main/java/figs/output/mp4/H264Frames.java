package figs.output.mp4;

import figs.output.mp4.h264.H264Stream;
import java.nio.BufferOverflowException;
import java.nio.ByteBuffer;
import org.jcodec.common.model.Picture;

/**
 * Codes pictures in order into H.264 access units (Annex B) with our encoder ({@link H264Stream}):
 * the first picture and then every {@link #KEY_INTERVAL}th is an IDR picture, P pictures between,
 * every macroblock at the sink's QP.
 *
 * <p>A picture too detailed for the slice buffer at that QP (noise at QP 0) is coded again
 * {@link #QP_STEP} coarser until it fits; the stream keeps nothing of a failed attempt.
 */
final class H264Frames {
    /**
     * 25 s at 10 fps, x264's default. A figure's frames change little from one to the next, so an IDR
     * picture costs several P pictures (JCodec's 25 made the boundary animation's two later IDR pictures
     * about a tenth of its file); players still seek, decoding from the IDR picture before.
     */
    static final int KEY_INTERVAL = 250;
    static final int QP_STEP = 4;
    private static final int MAX_QP = 51;

    private final int qp;
    private H264Stream stream;
    private int index;

    H264Frames(int qp) {
        this.qp = qp;
    }

    /** Whether the next picture is an IDR picture. */
    boolean nextIsKey() {
        return index % KEY_INTERVAL == 0;
    }

    /** Macroblocks of the last picture: skipped, inter, intra. */
    int[] lastCounts() {
        return stream.lastCounts();
    }

    /** The next access unit, read from {@code out}'s position to its limit on return. */
    ByteBuffer encode(Picture picture, ByteBuffer out) {
        if (stream == null) stream = new H264Stream(SequenceParameters.of(picture.getWidth(), picture.getHeight(), KEY_INTERVAL));
        int inGroup = index % KEY_INTERVAL;
        for (int q = qp; ; q = Math.min(MAX_QP, q + QP_STEP)) {
            out.clear();
            try {
                stream.encode(picture, inGroup == 0, inGroup, q, out);
                index++;
                out.flip();
                return out;
            } catch (BufferOverflowException e) {
                if (q == MAX_QP) throw new IllegalStateException("picture " + index + " does not fit even at QP " + MAX_QP, e);
            }
        }
    }
}
