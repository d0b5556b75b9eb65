package figs.output.mp4;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import figs.output.ChartFrames;
import java.nio.ByteBuffer;
import org.jcodec.common.model.Picture;
import org.junit.jupiter.api.Test;

class H264FramesTest {
    /**
     * An unchanged 720 x 720 chart is almost all skipped macroblocks, so the P picture is a few hundred
     * bytes (JCodec 0.2.5 coded each of its 2025 macroblocks with a vector and a residual, 20 kB and
     * more). The few coded ones refine where the IDR picture's error was worth the bits (measured: 186
     * bytes for the first P picture).
     */
    @Test
    void anUnchangedPictureIsSkippedWhole() {
        Picture chart = Bt601.toPicture(ChartFrames.sequence(1, 720, 720).getFirst().raster());
        H264Frames frames = new H264Frames(Mp4Sink.DEFAULT_QP);
        ByteBuffer out = ByteBuffer.allocate(720 * 720 * 8);
        assertTrue(frames.nextIsKey());
        int key = frames.encode(chart, out).remaining();
        for (int i = 0; i < 3; i++) {
            assertFalse(frames.nextIsKey(), "one IDR picture, then P pictures");
            int bytes = frames.encode(chart, out).remaining();
            assertTrue(bytes < 1000, "P picture " + i + ": " + bytes + " bytes (the IDR picture " + key + ")");
            int skipped = frames.lastCounts()[0];
            assertTrue(skipped >= 45 * 45 * 95 / 100, skipped + " of 2025 macroblocks skipped");
        }
    }
}
