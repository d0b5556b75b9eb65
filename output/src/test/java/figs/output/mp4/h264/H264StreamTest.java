package figs.output.mp4.h264;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import figs.output.Psnr;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jcodec.codecs.h264.H264Decoder;
import org.jcodec.codecs.h264.io.model.SeqParameterSet;
import org.jcodec.common.model.ColorSpace;
import org.jcodec.common.model.Picture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The encoder's own reconstruction against two decoders, sample for sample: ffmpeg (libavcodec) and
 * JCodec's (which {@code figs check} reads MP4s with). Any slip in skip runs, skip vectors, neighbour
 * counts or prediction shows up as a difference that grows from picture to picture. The pictures have
 * a still chart-like background, a textured square moving diagonally and a band that scrolls
 * sideways by whole and by half samples, so skipped macroblocks with zero and with median vectors, inter, Intra 16x16 and Intra 4x4 ones all occur.
 */
class H264StreamTest {
    /** Not whole macroblocks, so cropping and edge extension are exercised. */
    private static final int W = 170, H = 134, FRAMES = 10, QP = 17;

    @TempDir
    static Path folder;
    static List<byte[][]> ours = new ArrayList<>();
    static List<Picture> sources = new ArrayList<>();
    static List<ByteBuffer> units = new ArrayList<>();
    static byte[] stream;
    static int skipped, skippedMoving, inter, intra4x4, intra16x16;

    @BeforeAll
    static void encode() {
        H264Stream encoder = new H264Stream(sps());
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        for (int f = 0; f < FRAMES; f++) {
            Picture p = picture(f);
            sources.add(p);
            ByteBuffer out = ByteBuffer.allocate(1 << 20);
            encoder.encode(p, f == 0, f, QP, out);
            out.flip();
            byte[] unit = new byte[out.remaining()];
            out.get(unit);
            all.writeBytes(unit);
            units.add(ByteBuffer.wrap(unit));
            ours.add(cropped(encoder.decoded()));
            int[] counts = encoder.lastCounts();
            intra4x4 += counts[4];
            intra16x16 += counts[2] - counts[4];
            if (f > 0) {
                skipped += counts[0];
                inter += counts[1];
                skippedMoving += counts[3];
            }
        }
        stream = all.toByteArray();
    }

    static SeqParameterSet sps() {
        SeqParameterSet sps = new SeqParameterSet();
        sps.picWidthInMbsMinus1 = (W + 15) / 16 - 1;
        sps.picHeightInMapUnitsMinus1 = (H + 15) / 16 - 1;
        sps.chromaFormatIdc = ColorSpace.YUV420J;
        sps.profileIdc = 66;
        sps.levelIdc = 40;
        sps.numRefFrames = 1;
        sps.frameMbsOnlyFlag = true;
        sps.log2MaxFrameNumMinus4 = 0;
        sps.frameCroppingFlag = true;
        sps.frameCropRightOffset = ((sps.picWidthInMbsMinus1 + 1) * 16 - W) / 2;
        sps.frameCropBottomOffset = ((sps.picHeightInMapUnitsMinus1 + 1) * 16 - H) / 2;
        return sps;
    }

    /** Signed samples (value - 128), as JCodec keeps them. */
    static Picture picture(int f) {
        Picture p = Picture.create(W, H, ColorSpace.YUV420J);
        byte[] y = p.getPlaneData(0), cb = p.getPlaneData(1), cr = p.getPlaneData(2);
        for (int r = 0; r < H; r++) {
            for (int c = 0; c < W; c++) {
                int v = 200 - r / 3; // still background with grid lines
                if (c % 40 == 7 || r % 30 == 5) v = 90;
                if (r >= 90 && r < 106) v = 60 + ((c + 4 * f) * 37 % 97 < 48 ? 100 : 0) + ((c + 4 * f) / 7 % 3) * 20; // scrolls left 4 px a frame
                if (r >= 106 && r < 126) v = (int) Math.round(120 + 60 * Math.sin((c + 2.5 * f) / 5.0) + r); // smooth, 2.5 px a frame: sub-sample vectors
                int sx = c - (20 + 4 * f), sy = r - (10 + 4 * f); // moves 4 px right and down a frame
                if (sx >= 0 && sx < 40 && sy >= 0 && sy < 40) v = 40 + (sx * 5 + sy * 3) % 50 + ((sx / 8 + sy / 8) % 2) * 100;
                y[r * W + c] = (byte) (v - 128);
            }
        }
        for (int r = 0; r < H / 2; r++) {
            for (int c = 0; c < W / 2; c++) {
                int sx = 2 * c - (20 + 4 * f), sy = 2 * r - (10 + 4 * f);
                boolean square = sx >= 0 && sx < 40 && sy >= 0 && sy < 40;
                cb[r * (W / 2) + c] = (byte) ((square ? 60 : 128 + c / 4) - 128);
                cr[r * (W / 2) + c] = (byte) ((square ? 200 : 128 - r / 4) - 128);
            }
        }
        return p;
    }

    /** Unsigned Y, Cb and Cr planes of the visible W x H area. */
    static byte[][] cropped(Picture p) {
        byte[][] planes = new byte[3][];
        for (int c = 0; c < 3; c++) {
            int w = c == 0 ? W : W / 2, h = c == 0 ? H : H / 2, stride = p.getPlaneWidth(c);
            planes[c] = new byte[w * h];
            for (int r = 0; r < h; r++)
                for (int x = 0; x < w; x++) planes[c][r * w + x] = (byte) (p.getPlaneData(c)[r * stride + x] + 128);
        }
        return planes;
    }

    @Test
    void theContentExercisesEveryKindOfMacroblock() {
        assertTrue(skipped > 0 && inter > 0 && skippedMoving > 0 && intra4x4 > 0 && intra16x16 > 0,
                skipped + " skipped (" + skippedMoving + " moving), " + inter + " inter, " + intra4x4 + " Intra 4x4, " + intra16x16 + " Intra 16x16");
    }

    @Test
    void ffmpegDecodesTheEncodersReconstructionExactlyAndSilently() throws Exception {
        Path file = folder.resolve("s.h264");
        Files.write(file, stream);
        Process p = new ProcessBuilder("ffmpeg", "-v", "warning", "-f", "h264", "-i", file.toString(), "-f", "rawvideo", "-pix_fmt",
                "yuv420p", "-").redirectError(folder.resolve("err.txt").toFile()).start();
        byte[] yuv = p.getInputStream().readAllBytes();
        assertEquals(0, p.waitFor());
        assertEquals("", Files.readString(folder.resolve("err.txt")), "ffmpeg's warnings and errors");
        int frame = W * H * 3 / 2;
        assertEquals(FRAMES * frame, yuv.length, "every picture decoded");
        for (int f = 0; f < FRAMES; f++) {
            assertArrayEquals(ours.get(f)[0], Arrays.copyOfRange(yuv, f * frame, f * frame + W * H), "Y of picture " + f);
            assertArrayEquals(ours.get(f)[1], Arrays.copyOfRange(yuv, f * frame + W * H, f * frame + W * H * 5 / 4), "Cb of picture " + f);
            assertArrayEquals(ours.get(f)[2], Arrays.copyOfRange(yuv, f * frame + W * H * 5 / 4, (f + 1) * frame), "Cr of picture " + f);
        }
    }

    @Test
    void jcodecDecodesTheEncodersReconstructionExactly() {
        H264Decoder decoder = new H264Decoder();
        int mbs = (W + 15) / 16 * ((H + 15) / 16);
        for (int f = 0; f < FRAMES; f++) {
            byte[][] buffer = new byte[3][mbs * 256];
            Picture decoded = decoder.decodeFrame(units.get(f).duplicate(), buffer);
            byte[][] planes = cropped(decoded);
            for (int c = 0; c < 3; c++) assertArrayEquals(ours.get(f)[c], planes[c], "plane " + c + " of picture " + f);
        }
    }

    @Test
    void everyPictureIsCloseToItsSource() {
        for (int f = 0; f < FRAMES; f++) {
            double db = Psnr.plane(cropped(sources.get(f))[0], ours.get(f)[0], 0);
            assertTrue(db >= 40, "picture " + f + ": " + db + " dB");
        }
    }

    @Test
    void theSameStreamOnAnotherThread() throws Exception {
        byte[][] again = new byte[1][];
        Thread t = new Thread(() -> {
            H264Stream encoder = new H264Stream(sps());
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            for (int f = 0; f < FRAMES; f++) {
                ByteBuffer out = ByteBuffer.allocate(1 << 20);
                encoder.encode(picture(f), f == 0, f, QP, out);
                out.flip();
                all.write(out.array(), 0, out.limit());
            }
            again[0] = all.toByteArray();
        });
        t.start();
        t.join();
        assertArrayEquals(stream, again[0]);
    }
}
