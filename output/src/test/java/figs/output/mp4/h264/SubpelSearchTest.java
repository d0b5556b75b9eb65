package figs.output.mp4.h264;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.jcodec.codecs.h264.decode.BlockInterpolator;
import org.jcodec.common.model.ColorSpace;
import org.jcodec.common.model.Picture;
import org.junit.jupiter.api.Test;

class SubpelSearchTest {
    /** The half-sample planes and quarter-sample means score every fractional position as the decoder's interpolation does. */
    @Test
    void planesGiveTheDecodersSamples() {
        Random random = new Random(5);
        Picture ref = Picture.create(64, 48, ColorSpace.YUV420J);
        byte[] y = ref.getPlaneData(0);
        for (int i = 0; i < y.length; i++) y[i] = (byte) (random.nextInt(256) - 128);
        byte[] src = new byte[256];
        for (int i = 0; i < 256; i++) src[i] = (byte) (random.nextInt(256) - 128);
        SubpelSearch search = new SubpelSearch();
        search.start(ref);
        Picture block = Picture.create(16, 16, ColorSpace.YUV420J);
        BlockInterpolator interpolator = new BlockInterpolator();
        for (int mvy = -8; mvy < 8; mvy++) {
            for (int mvx = -8; mvx < 8; mvx++) {
                interpolator.getBlockLuma(ref, block, 0, (1 << 6) + 16 + mvx, (1 << 6) + 16 + mvy, 16, 16);
                long sad = 0;
                for (int i = 0; i < 256; i++) sad += Math.abs(src[i] - block.getPlaneData(0)[i]);
                // Macroblock (1, 1) moved by 4 + mvx/4, 4 + mvy/4 samples: inside the picture, so the planes are used.
                assertEquals(sad, search.cost(ref, src, 1, 1, 16 + mvx, 16 + mvy, 16 + mvx, 16 + mvy, 0), 0, mvx + "," + mvy);
            }
        }
    }
}
