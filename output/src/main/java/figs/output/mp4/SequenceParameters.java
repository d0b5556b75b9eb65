package figs.output.mp4;

import org.jcodec.codecs.h264.io.model.SeqParameterSet;
import org.jcodec.codecs.h264.io.model.VUIParameters;
import org.jcodec.common.model.ColorSpace;

/**
 * The sequence parameter set: Baseline profile, level 4.0, one reference picture, the picture cropped
 * from whole macroblocks to its size (as JCodec's {@code H264Encoder.initSPS}), and the colour of the
 * samples written down in the VUI (H.264 Annex E.2.1), which JCodec leaves out. Untagged, a player must
 * guess: mpv and browsers take BT.709 for pictures taller than 576 lines, which shifts every hue of a
 * BT.601-coded figure. Tagged: limited range (video_full_range_flag 0), BT.601 matrix
 * (matrix_coefficients 6, as {@link Bt601} converts), and the sRGB primaries and transfer the raster
 * was drawn in (colour_primaries 1, BT.709's primaries, which sRGB shares; transfer_characteristics 13, sRGB).
 */
final class SequenceParameters {
    /** Values from H.264 Table E-2 to E-5. */
    static final int UNSPECIFIED_VIDEO_FORMAT = 5;
    static final int PRIMARIES_BT709 = 1;
    static final int TRANSFER_SRGB = 13;
    static final int MATRIX_BT601 = 6;
    private static final int BASELINE = 66;
    private static final int LEVEL_4_0 = 40;

    private SequenceParameters() {}

    /** For pictures of {@code width} x {@code height} (even) with an IDR picture every {@code keyInterval}. */
    static SeqParameterSet of(int width, int height, int keyInterval) {
        SeqParameterSet sps = new SeqParameterSet();
        sps.picWidthInMbsMinus1 = ((width + 15) >> 4) - 1;
        sps.picHeightInMapUnitsMinus1 = ((height + 15) >> 4) - 1;
        sps.chromaFormatIdc = ColorSpace.YUV420J;
        sps.profileIdc = BASELINE;
        sps.levelIdc = LEVEL_4_0;
        sps.numRefFrames = 1;
        sps.frameMbsOnlyFlag = true;
        // frame_num counts pictures since the IDR picture; room for a whole group (MaxFrameNum = 2^(4 + this)).
        int bits = 32 - Integer.numberOfLeadingZeros(Math.max(1, keyInterval - 1));
        sps.log2MaxFrameNumMinus4 = Math.max(0, Math.min(12, bits - 4));
        int codedWidth = (sps.picWidthInMbsMinus1 + 1) << 4;
        int codedHeight = (sps.picHeightInMapUnitsMinus1 + 1) << 4;
        sps.frameCroppingFlag = codedWidth != width || codedHeight != height;
        sps.frameCropRightOffset = (codedWidth - width + 1) >> 1;
        sps.frameCropBottomOffset = (codedHeight - height + 1) >> 1;

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
