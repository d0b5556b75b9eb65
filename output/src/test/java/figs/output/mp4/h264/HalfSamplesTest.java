package figs.output.mp4.h264;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Random;
import org.jcodec.codecs.h264.decode.BlockInterpolator;
import org.jcodec.common.model.ColorSpace;
import org.jcodec.common.model.Picture;
import org.junit.jupiter.api.Test;

class HalfSamplesTest {
    /**
     * Every half sample, the picture's edges included, is the one JCodec's decoder interpolates (which
     * H264StreamTest shows to be ffmpeg's), however the tiles were asked for: random samples reach the
     * clipping at both ends.
     */
    @Test
    void everyHalfSampleIsTheDecodersOwn() {
        Random random = new Random(11);
        int width = 48, height = 32;
        Picture ref = Picture.create(width, height, ColorSpace.YUV420J);
        byte[] g = ref.getPlaneData(0);
        for (int i = 0; i < g.length; i++) g[i] = (byte) (random.nextInt(256) - 128);
        byte[] b = new byte[g.length], h = new byte[g.length], j = new byte[g.length];
        HalfSamples half = new HalfSamples();
        half.start(g, width, height, b, h, j);
        // Blocks a search reads, overlapping and in no order, until every tile is made.
        for (int k = 0; k < 40; k++) {
            int x0 = random.nextInt(width - 16), y0 = random.nextInt(height - 16);
            half.cover(x0, y0, x0 + 17, y0 + 17);
        }
        half.cover(0, 0, width, height);
        assertArrayEquals(decoders(ref, 2, 0), b, "b");
        assertArrayEquals(decoders(ref, 0, 2), h, "h");
        assertArrayEquals(decoders(ref, 2, 2), j, "j");
    }

    /** The plane of quarter-sample offset (qx, qy), a 16 x 16 block at a time from JCodec's interpolator. */
    private static byte[] decoders(Picture ref, int qx, int qy) {
        int width = ref.getPlaneWidth(0), height = ref.getPlaneHeight(0);
        byte[] plane = new byte[width * height];
        Picture block = Picture.create(16, 16, ColorSpace.YUV420J);
        BlockInterpolator interpolator = new BlockInterpolator();
        for (int y = 0; y < height; y += 16) {
            for (int x = 0; x < width; x += 16) {
                interpolator.getBlockLuma(ref, block, 0, (x << 2) + qx, (y << 2) + qy, 16, 16);
                for (int r = 0; r < 16; r++) System.arraycopy(block.getPlaneData(0), r * 16, plane, (y + r) * width + x, 16);
            }
        }
        return plane;
    }
}
