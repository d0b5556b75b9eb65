package figs.output.mp4;

import static figs.output.Processes.run;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import figs.output.Frame;
import figs.output.TestFrames;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Decodes with ffmpeg/ffprobe, as a viewer would; CI installs them (.ci/run). */
class Mp4SinkTest {
    private static final int WIDTH = 321;
    private static final int HEIGHT = 241;
    private static final int FRAMES = 12;
    private static final int FPS = 8;
    /** A flat area may move by quantisation, but a wrong matrix or range moves it by 10 levels or more. */
    private static final int FLAT_TOLERANCE = 3;

    @TempDir
    static Path folder;
    static List<Frame> frames;
    static Path mp4;

    @BeforeAll
    static void encode() throws IOException {
        frames = TestFrames.sequence(FRAMES, WIDTH, HEIGHT, false);
        mp4 = write("a.mp4");
    }

    @Test
    void oddSizeIsPaddedToEvenAndRateAndCountAreExact() throws Exception {
        String probe = run("ffprobe", "-v", "error", "-select_streams", "v:0", "-count_frames", "-show_entries",
                "stream=codec_name,pix_fmt,width,height,r_frame_rate,nb_read_frames", "-of", "csv=p=0", mp4.toString()).toString(StandardCharsets.UTF_8).trim();
        assertEquals("h264,322,242,yuv420p,8/1," + FRAMES, probe);
    }

    @Test
    void flatColourDecodesWithinAFewLevels() throws Exception {
        byte[] yuv = run("ffmpeg", "-v", "error", "-i", mp4.toString(), "-f", "rawvideo", "-pix_fmt", "yuv420p", "-").toByteArray();
        int w = 322, h = 242, frameBytes = w * h * 3 / 2;
        // (50, 150) lies in the flat orange fill (253, 174, 97) of every frame, away from edges.
        int x = 50, y = 150;
        int expectedY = Bt601.luma(253, 174, 97), expectedCb = Bt601.blueDifference(253, 174, 97), expectedCr = Bt601.redDifference(253, 174, 97);
        for (int f = 0; f < FRAMES; f++) {
            int base = f * frameBytes;
            assertEquals(expectedY, yuv[base + y * w + x] & 255, FLAT_TOLERANCE, "Y, frame " + f);
            int c = (y / 2) * (w / 2) + x / 2;
            assertEquals(expectedCb, yuv[base + w * h + c] & 255, FLAT_TOLERANCE, "Cb, frame " + f);
            assertEquals(expectedCr, yuv[base + w * h + w * h / 4 + c] & 255, FLAT_TOLERANCE, "Cr, frame " + f);
        }
    }

    @Test
    void moovComesBeforeMdat() throws IOException {
        ByteBuffer file = ByteBuffer.wrap(Files.readAllBytes(mp4));
        List<String> boxes = new java.util.ArrayList<>();
        for (long at = 0; at < file.limit(); ) {
            long size = Integer.toUnsignedLong(file.getInt((int) at));
            if (size == 1) size = file.getLong((int) at + 8);
            boxes.add(new String(file.array(), (int) at + 4, 4, StandardCharsets.ISO_8859_1));
            at += size;
        }
        assertTrue(boxes.indexOf("moov") >= 0 && boxes.indexOf("moov") < boxes.indexOf("mdat"), boxes.toString());
    }

    @Test
    void sameFramesSameBytes() throws IOException {
        assertArrayEquals(Files.readAllBytes(mp4), Files.readAllBytes(write("b.mp4")));
    }

    @Test
    void nothingIsLeftBesideTheFile() throws IOException {
        try (var files = Files.list(folder)) {
            assertTrue(files.allMatch(p -> p.getFileName().toString().endsWith(".mp4")), "no scratch or partial files");
        }
    }

    private static Path write(String name) throws IOException {
        Path file = folder.resolve(name);
        try (Mp4Sink sink = new Mp4Sink(file, FPS)) {
            for (Frame f : frames) sink.accept(f);
        }
        return file;
    }
}
