package figs.render.check;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;

/**
 * Frames as packed 0xRRGGBB ints without {@link BufferedImage#getRGB}'s per-pixel colour-model calls,
 * which were most of the time of fingerprinting a catalogue: every reader here makes TYPE_INT_RGB images,
 * whose pixels are such an array already.
 */
final class Pixels {
    private Pixels() {}

    /** The frame's pixels, row by row: its own array for TYPE_INT_RGB (do not write to it), else a copy. */
    static int[] of(BufferedImage frame) {
        if (frame.getType() == BufferedImage.TYPE_INT_RGB && frame.getRaster().getDataBuffer() instanceof DataBufferInt ints
                && ints.getNumBanks() == 1 && ints.getData().length == frame.getWidth() * frame.getHeight()) {
            return ints.getData();
        }
        int[] rgb = frame.getRGB(0, 0, frame.getWidth(), frame.getHeight(), null, 0, frame.getWidth());
        for (int i = 0; i < rgb.length; i++) rgb[i] &= 0xffffff;
        return rgb;
    }

    /** A TYPE_INT_RGB image holding a copy of {@code rgb}. */
    static BufferedImage image(int[] rgb, int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        System.arraycopy(rgb, 0, ((DataBufferInt) image.getRaster().getDataBuffer()).getData(), 0, width * height);
        return image;
    }
}
