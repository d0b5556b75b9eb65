package figs.output.mp4;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import figs.output.Frame;
import figs.output.TestFrames;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import org.jcodec.common.model.Picture;
import org.junit.jupiter.api.Test;

/** Groups coded side by side must give the access units of one encoder coding every picture in turn. */
class GroupCoderTest {
    /** Two whole groups and a part of a third. */
    private static final int FRAMES = 2 * H264Frames.KEY_INTERVAL + 7;
    private static final int WIDTH = 96, HEIGHT = 64;
    private static final int BUFFER = WIDTH * HEIGHT * 2 + (1 << 16);

    @Test
    void givesTheUnitsOfOneEncoderInOrder() throws Exception {
        List<Picture> pictures = new ArrayList<>();
        for (Frame frame : TestFrames.sequence(FRAMES, WIDTH, HEIGHT, true)) pictures.add(Bt601.toPicture(frame.raster()));

        H264Frames one = new H264Frames(Mp4Sink.DEFAULT_QP);
        ByteBuffer buffer = ByteBuffer.allocate(BUFFER);
        List<byte[]> expected = new ArrayList<>();
        List<Boolean> expectedKeys = new ArrayList<>();
        for (Picture picture : pictures) {
            expectedKeys.add(one.nextIsKey());
            expected.add(bytes(one.encode(picture, buffer)));
        }

        GroupCoder groups = new GroupCoder(Mp4Sink.DEFAULT_QP, BUFFER);
        List<GroupCoder.Unit> units = new ArrayList<>();
        try {
            for (Picture picture : pictures) groups.add(picture, units::add);
            groups.finish(units::add);
        } finally {
            groups.stop();
        }
        assertEquals(FRAMES, units.size());
        for (int i = 0; i < FRAMES; i++) {
            assertEquals(expectedKeys.get(i), units.get(i).key(), "picture " + i);
            assertArrayEquals(expected.get(i), bytes(units.get(i).data()), "picture " + i);
        }
    }

    private static byte[] bytes(ByteBuffer unit) {
        byte[] out = new byte[unit.remaining()];
        unit.duplicate().get(out);
        return out;
    }
}
