package figs.output.mp4;

import static figs.output.Processes.run;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import figs.output.ChartFrames;
import figs.output.Frame;
import figs.output.Psnr;
import figs.output.TestFrames;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Decodes with ffmpeg/ffprobe, as a viewer would; CI installs them, and without them these tests fail. */
class Mp4SinkTest {
    private static final int WIDTH = 321;
    private static final int HEIGHT = 241;
    private static final int FRAMES = 12;
    private static final int FPS = 8;
    /** A flat area may move by quantisation, but a wrong matrix or range moves it by 10 levels or more. */
    private static final int FLAT_TOLERANCE = 3;
    /**
     * Luma PSNR every chart frame must reach. Measured at 44.4-45.0 dB on these frames at the default QP 20
     * (46-47 dB mean on the 720 x 720 and 576 x 576 benchmark animations). The luma of JCodec's own AWT route (blue weight 15/256, full range) is 32 dB away from
     * BT.601 limited range on the same frames, so 40 dB also catches a wrong matrix or range.
     */
    private static final double MIN_LUMA_PSNR_DB = 40;
    /** Twelve QP steps coarser than the default: the quantiser step is four times as large. */
    private static final int COARSE_QP = Mp4Sink.DEFAULT_QP + 12;
    /**
     * Measured on these frames: 37 kB at 44.9 dB at QP 20, 13 kB at 34.2 dB at QP 32. A drop of 6 dB still
     * holds if the encoder improves, and fails if the QP is ignored.
     */
    private static final double MIN_PSNR_DROP_DB = 6;

    @TempDir
    static Path folder;
    static List<Frame> frames;
    static Path mp4;

    @BeforeAll
    static void encode() throws IOException {
        frames = TestFrames.sequence(FRAMES, WIDTH, HEIGHT, false);
        mp4 = write(frames, "a.mp4");
    }

    @Test
    void oddSizeIsPaddedToEvenAndRateAndCountAreExact() throws Exception {
        assertEquals("h264,322,242,yuv420p,8/1," + FRAMES, probe(mp4, "codec_name,pix_fmt,width,height,r_frame_rate,nb_read_frames"));
    }

    @Test
    void colourIsTaggedAsLimitedRangeBt601() throws Exception {
        assertEquals("tv,smpte170m,iec61966-2-1,bt709", probe(mp4, "color_range,color_space,color_transfer,color_primaries"));
    }

    @Test
    void chartFramesDecodeAboveTheLumaFloor() throws Exception {
        List<Frame> charts = ChartFrames.sequence(10, WIDTH, HEIGHT);
        byte[] yuv = LumaPlanes.decodedYuv(write(charts, "chart.mp4"));
        assertEquals(charts.size() * LumaPlanes.frameBytes(WIDTH, HEIGHT), yuv.length, "every frame decoded");
        for (int f = 0; f < charts.size(); f++) {
            BufferedImage source = charts.get(f).raster();
            double psnr = Psnr.plane(LumaPlanes.expected(source), LumaPlanes.decodedLuma(yuv, f, WIDTH, HEIGHT), 0);
            assertTrue(psnr >= MIN_LUMA_PSNR_DB, "frame " + f + ": " + psnr + " dB");
        }
    }

    @Test
    void coarserQpGivesASmallerFileAndLowerPsnr() throws Exception {
        List<Frame> charts = ChartFrames.sequence(6, WIDTH, HEIGHT);
        Path fine = write(charts, "fine.mp4", Mp4Sink.DEFAULT_QP);
        Path coarse = write(charts, "coarse.mp4", COARSE_QP);
        assertTrue(Files.size(coarse) < Files.size(fine), Files.size(coarse) + " vs " + Files.size(fine) + " bytes");
        double finePsnr = meanLumaPsnr(charts, fine), coarsePsnr = meanLumaPsnr(charts, coarse);
        assertTrue(coarsePsnr < finePsnr - MIN_PSNR_DROP_DB, coarsePsnr + " vs " + finePsnr + " dB");
    }

    @Test
    void qpOutsideH264sRangeIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Mp4Sink(folder.resolve("x.mp4"), FPS, Mp4Sink.MIN_QP - 1));
        assertThrows(IllegalArgumentException.class, () -> new Mp4Sink(folder.resolve("x.mp4"), FPS, Mp4Sink.MAX_QP + 1));
    }

    @Test
    void bothEndsOfTheQpRangeGiveAPlayableFile() throws Exception {
        List<Frame> small = ChartFrames.sequence(3, 64, 48);
        assertEquals("3", probe(write(small, "finest.mp4", Mp4Sink.MIN_QP), "nb_read_frames"));
        assertEquals("3", probe(write(small, "coarsest.mp4", Mp4Sink.MAX_QP), "nb_read_frames"));
    }

    @Test
    void flatColourDecodesWithinAFewLevels() throws Exception {
        byte[] yuv = LumaPlanes.decodedYuv(mp4);
        int w = Bt601.evenUp(WIDTH), h = Bt601.evenUp(HEIGHT), frameBytes = LumaPlanes.frameBytes(WIDTH, HEIGHT);
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
        List<String> boxes = new ArrayList<>();
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
        assertArrayEquals(Files.readAllBytes(mp4), Files.readAllBytes(write(frames, "b.mp4")));
    }

    @Test
    void noiseIsCodedAndPlayable() throws Exception {
        // RGB noise takes the most bits a picture can; at QP 0 it may not fit the slice buffer and is coded coarser (H264Frames).
        BufferedImage noise = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
        java.util.Random random = new java.util.Random(3);
        for (int y = 0; y < 48; y++) for (int x = 0; x < 64; x++) noise.setRGB(x, y, random.nextInt(1 << 24));
        List<Frame> three = List.of(new Frame(0, 3, null, noise), new Frame(1, 3, null, noise), new Frame(2, 3, null, noise));
        assertEquals("3", probe(write(three, "noise.mp4"), "nb_read_frames"));
        assertEquals("3", probe(write(three, "noise0.mp4", Mp4Sink.MIN_QP), "nb_read_frames"));
    }

    @Test
    void afterAFrameOfAnotherSizeIsRefusedClosingWritesNothing() throws IOException {
        Path mixed = folder.resolve("mixed.mp4");
        Mp4Sink sink = new Mp4Sink(mixed, FPS);
        sink.accept(frames.getFirst());
        Frame other = new Frame(1, 2, null, new BufferedImage(16, 16, BufferedImage.TYPE_INT_RGB));
        assertThrows(IOException.class, () -> sink.accept(other));
        assertThrows(IOException.class, sink::close);
        assertTrue(Files.notExists(mixed));
    }

    @Test
    void closingWithoutFramesFailsAndWritesNothing() {
        Path empty = folder.resolve("empty.mp4");
        assertThrows(IOException.class, () -> new Mp4Sink(empty, FPS).close());
        assertTrue(Files.notExists(empty));
    }

    @Test
    void nothingIsLeftBesideTheFiles() throws IOException {
        try (var files = Files.list(folder)) {
            assertTrue(files.allMatch(p -> p.getFileName().toString().endsWith(".mp4")), "no scratch or partial files");
        }
    }

    private static String probe(Path file, String entries) throws Exception {
        return run("ffprobe", "-v", "error", "-select_streams", "v:0", "-count_frames", "-show_entries", "stream=" + entries,
                "-of", "csv=p=0", file.toString()).toString(StandardCharsets.UTF_8).trim();
    }

    private static double meanLumaPsnr(List<Frame> source, Path mp4) throws Exception {
        byte[] yuv = LumaPlanes.decodedYuv(mp4);
        double sum = 0;
        for (int f = 0; f < source.size(); f++) {
            sum += Psnr.plane(LumaPlanes.expected(source.get(f).raster()), LumaPlanes.decodedLuma(yuv, f, WIDTH, HEIGHT), 0);
        }
        return sum / source.size();
    }

    private static Path write(List<Frame> frames, String name) throws IOException {
        return write(frames, name, Mp4Sink.DEFAULT_QP);
    }

    private static Path write(List<Frame> frames, String name, int qp) throws IOException {
        Path file = folder.resolve(name);
        try (Mp4Sink sink = new Mp4Sink(file, FPS, qp)) {
            for (Frame f : frames) sink.accept(f);
        }
        return file;
    }
}
