package figs.output.mp4;

import java.awt.image.BufferedImage;
import org.jcodec.common.model.ColorSpace;
import org.jcodec.common.model.Picture;

/**
 * RGB to Y'CbCr 4:2:0 with the BT.601 matrix in limited ("TV") range, which is what players assume for
 * a stream that says nothing about its colours: Y in 16..235, Cb and Cr in 16..240. Chroma is the
 * mean of each 2 x 2 block. Odd sizes are padded by repeating the last row and column.
 * JCodec keeps 8-bit samples as signed bytes, value - 128. Its H.264 encoder accepts only pictures
 * tagged YUV420J; the tag changes nothing in the stream (no range flag is written), so limited-range
 * samples go in a picture with that tag.
 */
final class Bt601 {
    private Bt601() {}

    static int evenUp(int size) {
        return size + (size & 1);
    }

    static Picture toPicture(BufferedImage image) {
        int w = image.getWidth(), h = image.getHeight();
        int pw = evenUp(w), ph = evenUp(h);
        int[] rgb = image.getRGB(0, 0, w, h, null, 0, w);
        Picture picture = Picture.create(pw, ph, ColorSpace.YUV420J);
        byte[] y = picture.getPlaneData(0), cb = picture.getPlaneData(1), cr = picture.getPlaneData(2);
        for (int row = 0; row < ph; row++) {
            for (int col = 0; col < pw; col++) {
                int p = rgb[Math.min(row, h - 1) * w + Math.min(col, w - 1)];
                y[row * pw + col] = (byte) (luma(p >>> 16 & 0xff, p >>> 8 & 0xff, p & 0xff) - 128);
            }
        }
        for (int row = 0; row < ph / 2; row++) {
            for (int col = 0; col < pw / 2; col++) {
                double r = 0, g = 0, b = 0;
                for (int k = 0; k < 4; k++) {
                    int p = rgb[Math.min(2 * row + k / 2, h - 1) * w + Math.min(2 * col + k % 2, w - 1)];
                    r += p >>> 16 & 0xff;
                    g += p >>> 8 & 0xff;
                    b += p & 0xff;
                }
                cb[row * (pw / 2) + col] = (byte) (blueDifference(r / 4, g / 4, b / 4) - 128);
                cr[row * (pw / 2) + col] = (byte) (redDifference(r / 4, g / 4, b / 4) - 128);
            }
        }
        return picture;
    }

    /** Y' = 16 + (65.481 R + 128.553 G + 24.966 B) / 255 (ITU-R BT.601, with R, G, B in 0..255). */
    static int luma(double r, double g, double b) {
        return clamp(16 + (65.481 * r + 128.553 * g + 24.966 * b) / 255);
    }

    static int blueDifference(double r, double g, double b) {
        return clamp(128 + (-37.797 * r - 74.203 * g + 112.0 * b) / 255);
    }

    static int redDifference(double r, double g, double b) {
        return clamp(128 + (112.0 * r - 93.786 * g - 18.214 * b) / 255);
    }

    private static int clamp(double v) {
        return (int) Math.max(0, Math.min(255, Math.round(v)));
    }
}
