package figs.output.gif;

import java.io.IOException;

/**
 * Writes each frame as one GIF image: the first whole, every later one only as the rectangle of
 * pixels that changed, left over the frame before (disposal 1, "do not dispose", GIF89a section 23).
 * Inside that rectangle, pixels that did not change may become the transparent index, which LZW packs
 * into long runs; each frame keeps whichever of the two codings is smaller.
 */
final class FrameCoder {
    /** GIF's LZW works on 8-bit indices whatever the table size (GIF89a appendix F). */
    static final int MIN_CODE_SIZE = 8;

    private final GifWriter gif;
    private final int width;
    private final int height;
    private final int delayCentiseconds;
    private final int transparent;
    private final Lzw lzw = new Lzw();

    /** {@code transparent} is the palette's free index, or -1 when it has none (then rectangles are opaque). */
    FrameCoder(GifWriter gif, int width, int height, int delayCentiseconds, int transparent) {
        this.gif = gif;
        this.width = width;
        this.height = height;
        this.delayCentiseconds = delayCentiseconds;
        this.transparent = transparent;
    }

    /** Codes {@code indices}, the palette indices of a whole frame; {@code previous} is null for the first frame. */
    void write(byte[] previous, byte[] indices) throws IOException {
        if (previous == null) {
            gif.graphicControl(delayCentiseconds, -1);
            gif.image(new Rect(0, 0, width, height), MIN_CODE_SIZE, lzw.encode(indices, MIN_CODE_SIZE));
            return;
        }
        Rect changed = Rect.changed(previous, indices, width, height);
        // A frame equal to the one before still needs an image to carry its delay: one unchanged pixel.
        Rect rect = changed != null ? changed : new Rect(0, 0, 1, 1);
        byte[] opaque = lzw.encode(rect.crop(indices, width), MIN_CODE_SIZE);
        byte[] withHoles = transparent < 0 ? null : lzw.encode(holes(rect, previous, indices), MIN_CODE_SIZE);
        boolean useHoles = withHoles != null && withHoles.length < opaque.length;
        gif.graphicControl(delayCentiseconds, useHoles ? transparent : -1);
        gif.image(rect, MIN_CODE_SIZE, useHoles ? withHoles : opaque);
    }

    /** The rectangle of {@code indices} with every pixel equal to {@code previous} made transparent. */
    private byte[] holes(Rect rect, byte[] previous, byte[] indices) {
        byte[] masked = rect.crop(indices, width);
        byte[] before = rect.crop(previous, width);
        for (int i = 0; i < masked.length; i++) if (masked[i] == before[i]) masked[i] = (byte) transparent;
        return masked;
    }
}
