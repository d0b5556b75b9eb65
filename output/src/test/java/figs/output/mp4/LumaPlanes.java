package figs.output.mp4;

import static figs.output.Processes.run;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Luma planes to compare an MP4 against its source: what the source's Y' plane should be (BT.601
 * limited range, padded to even size, as {@link Bt601} makes it) and what ffmpeg decodes. ffmpeg is
 * asked for yuv420p, the stream's own format, so no conversion stands between decoder and test.
 */
public final class LumaPlanes {
    private LumaPlanes() {}

    /** The Y' plane of {@code image}, padded to even width and height by repeating the last column and row. */
    public static byte[] expected(BufferedImage image) {
        int w = image.getWidth(), h = image.getHeight(), pw = Bt601.evenUp(w), ph = Bt601.evenUp(h);
        byte[] y = new byte[pw * ph];
        for (int row = 0; row < ph; row++) {
            for (int col = 0; col < pw; col++) {
                int p = image.getRGB(Math.min(col, w - 1), Math.min(row, h - 1));
                y[row * pw + col] = (byte) Bt601.luma(p >>> 16 & 0xff, p >>> 8 & 0xff, p & 0xff);
            }
        }
        return y;
    }

    /** Every decoded frame as yuv420p, back to back: frame f's Y' plane starts at {@code f * frameBytes(w, h)}. */
    public static byte[] decodedYuv(Path mp4) throws IOException, InterruptedException {
        return run("ffmpeg", "-v", "error", "-i", mp4.toString(), "-f", "rawvideo", "-pix_fmt", "yuv420p", "-").toByteArray();
    }

    /** Bytes of one yuv420p frame of the padded size of a {@code width x height} source. */
    public static int frameBytes(int width, int height) {
        int pw = Bt601.evenUp(width), ph = Bt601.evenUp(height);
        return pw * ph * 3 / 2;
    }

    /** Frame {@code f}'s Y' plane out of {@link #decodedYuv}. */
    public static byte[] decodedLuma(byte[] yuv, int f, int width, int height) {
        int from = f * frameBytes(width, height);
        return Arrays.copyOfRange(yuv, from, from + Bt601.evenUp(width) * Bt601.evenUp(height));
    }
}
