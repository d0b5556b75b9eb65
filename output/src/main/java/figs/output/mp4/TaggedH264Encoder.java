package figs.output.mp4;

import org.jcodec.codecs.h264.H264Encoder;
import org.jcodec.codecs.h264.encode.RateControl;
import org.jcodec.codecs.h264.io.model.SeqParameterSet;
import org.jcodec.codecs.h264.io.model.VUIParameters;
import org.jcodec.common.model.Size;

/**
 * JCodec's H.264 encoder with the colour of the samples written down in the sequence parameter set's
 * VUI (H.264 Annex E.2.1), which JCodec leaves out. Untagged, a player must guess: mpv and browsers
 * take BT.709 for pictures taller than 576 lines, which shifts every hue of a BT.601-coded figure.
 * Tagged: limited range (video_full_range_flag 0), BT.601 matrix (matrix_coefficients 6, as
 * {@link Bt601} converts), and the sRGB primaries and transfer the raster was drawn in
 * (colour_primaries 1, BT.709's primaries, which sRGB shares; transfer_characteristics 13, sRGB).
 */
final class TaggedH264Encoder extends H264Encoder {
    /** Values from H.264 Table E-2 to E-5. */
    static final int UNSPECIFIED_VIDEO_FORMAT = 5;
    static final int PRIMARIES_BT709 = 1;
    static final int TRANSFER_SRGB = 13;
    static final int MATRIX_BT601 = 6;

    TaggedH264Encoder(RateControl rateControl) {
        super(rateControl);
    }

    @Override
    public SeqParameterSet initSPS(Size size) {
        SeqParameterSet sps = super.initSPS(size);
        VUIParameters vui = new VUIParameters();
        vui.videoSignalTypePresentFlag = true;
        vui.videoFormat = UNSPECIFIED_VIDEO_FORMAT;
        vui.videoFullRangeFlag = false;
        vui.colourDescriptionPresentFlag = true;
        vui.colourPrimaries = PRIMARIES_BT709;
        vui.transferCharacteristics = TRANSFER_SRGB;
        vui.matrixCoefficients = MATRIX_BT601;
        sps.vuiParams = vui;
        return sps;
    }
}
