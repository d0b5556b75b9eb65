package figs.output.gif;

import java.io.IOException;

/**
 * Codes each frame as one GIF image: the first whole, every later one only as the rectangle of
 * pixels that changed, left over the frame before (disposal 1, "do not dispose", GIF89a section 23).
 * Inside that rectangle, pixels that did not change may become the transparent index, which LZW packs
 * into long runs; each frame keeps whichever of the two codings is smaller.
 *
 * <p>{@link #code} depends only on the two frames it is given, so frames can be coded on several
 * threads at once; {@link #write} then puts the images into the file in order.
 */
final class FrameCoder {
    /** GIF's LZW works on 8-bit indices whatever the table size (GIF89a appendix F). */
    static final int MIN_CODE_SIZE = 8;

    private final int width;
    private final int height;
    private final int delayCentiseconds;
    private final int transparent;
    /** Squared RGB distances between palette entries for lossy LZW, or null. */
    private final int[] distances;
    private final int lossLimit;

    /** One frame's image: where it goes, its transparent index (or -1) and its LZW data. */
    record Image(Rect rect, int transparentIndex, byte[] lzw) {}

    /**
     * {@code transparent} is the palette's free index, or -1 when it has none (then rectangles are opaque);
     * {@code lossy} is how far (RGB distance, 0 lossless) LZW may move a pixel to another of
     * {@code colors} to continue a string (see {@link Lzw#Lzw(int[], int)}).
     */
    FrameCoder(int width, int height, int delayCentiseconds, int transparent, int[] colors, int lossy) {
        this.width = width;
        this.height = height;
        this.delayCentiseconds = delayCentiseconds;
        this.transparent = transparent;
        this.distances = lossy > 0 ? distances(colors) : null;
        this.lossLimit = lossy * lossy;
    }

    /** Squared RGB distance of every pair of indices; the transparent index and unused ones are never near anything. */
    private static int[] distances(int[] colors) {
        int[] d = new int[256 * 256];
        java.util.Arrays.fill(d, Integer.MAX_VALUE);
        for (int a = 0; a < colors.length; a++) {
            for (int b = 0; b < colors.length; b++) {
                int dr = (colors[a] >> 16 & 255) - (colors[b] >> 16 & 255);
                int dg = (colors[a] >> 8 & 255) - (colors[b] >> 8 & 255);
                int db = (colors[a] & 255) - (colors[b] & 255);
                d[a << 8 | b] = dr * dr + dg * dg + db * db;
            }
        }
        return d;
    }

    /** Codes {@code indices}, the palette indices of a whole frame; {@code previous} is null for the first frame. */
    Image code(byte[] previous, byte[] indices) {
        Lzw lzw = new Lzw(distances, lossLimit);
        if (previous == null) return new Image(new Rect(0, 0, width, height), -1, lzw.encode(indices, MIN_CODE_SIZE));
        Rect changed = Rect.changed(previous, indices, width, height);
        // A frame equal to the one before still needs an image to carry its delay: one unchanged pixel.
        Rect rect = changed != null ? changed : new Rect(0, 0, 1, 1);
        byte[] opaque = lzw.encode(rect.crop(indices, width), MIN_CODE_SIZE);
        byte[] withHoles = transparent < 0 ? null : lzw.encode(holes(rect, previous, indices), MIN_CODE_SIZE);
        boolean useHoles = withHoles != null && withHoles.length < opaque.length;
        return new Image(rect, useHoles ? transparent : -1, useHoles ? withHoles : opaque);
    }

    void write(GifWriter gif, Image image) throws IOException {
        gif.graphicControl(delayCentiseconds, image.transparentIndex());
        gif.image(image.rect(), MIN_CODE_SIZE, image.lzw());
    }

    /** The rectangle of {@code indices} with every pixel equal to {@code previous} made transparent. */
    private byte[] holes(Rect rect, byte[] previous, byte[] indices) {
        byte[] masked = rect.crop(indices, width);
        byte[] before = rect.crop(previous, width);
        for (int i = 0; i < masked.length; i++) if (masked[i] == before[i]) masked[i] = (byte) transparent;
        return masked;
    }
}
