package figs.output.gif;

import java.io.IOException;

/**
 * Codes each frame as one GIF image: the first whole, every later one only as the rectangle of
 * pixels that changed, left over the frame before (disposal 1, "do not dispose", GIF89a section 23).
 * Inside that rectangle, pixels that did not change may become the transparent index, which LZW packs
 * into long runs; each frame keeps whichever of the two codings is smaller.
 *
 * <p>{@link #code} depends only on the two frames it is given, so frames can be coded on several
 * threads at once; {@link #write} then puts the images into the file in order. {@link #codeLossy}
 * ({@link LossyLzw}) lets pixels show what the frames before left on the screen when that is close
 * enough to the source, so it needs the screen as those frames' lossy images left it: lossy frames are
 * coded one after the other.
 */
final class FrameCoder {
    /** The LZW minimum code size of a 256-entry table, the most a GIF has. */
    static final int MIN_CODE_SIZE = 8;
    /**
     * The share of lossy² a pixel whose own entry is its exact colour (a fill, text, a grid line) may take:
     * the figure's flat colours stay closer to exact, and the error goes to the shading. On the
     * gradient-descent animation, a quarter made the file 1.2 % smaller at equal mean PSNR than the full
     * lossy², and both no loss at all and a tenth gave about the same size as the full.
     */
    static final int EXACT_SHARE_DIVISOR = 4;

    private final int width;
    private final int height;
    private final int delayCentiseconds;
    private final int transparent;
    private final int minCodeSize;
    /** lossy², the squared RGB error a pixel may add to that of its own palette entry. */
    private final int lossLimit;

    /** One frame's image: where it goes, its transparent index (or -1), its LZW data and (lossy only) the screen it leaves. */
    record Image(Rect rect, int transparentIndex, byte[] lzw, int[] screen) {
        Image(Rect rect, int transparentIndex, byte[] lzw) {
            this(rect, transparentIndex, lzw, null);
        }
    }

    /**
     * {@code tableSize} is how many entries the colour table has, the transparent index included;
     * {@code transparent} is the palette's free index, or -1 when it has none (then rectangles are opaque);
     * {@code lossy} is the RGB distance {@link #codeLossy} may add to a pixel's error (0 for {@link #code}).
     */
    FrameCoder(int width, int height, int delayCentiseconds, int tableSize, int transparent, double lossy) {
        this.width = width;
        this.height = height;
        this.delayCentiseconds = delayCentiseconds;
        this.minCodeSize = minCodeSize(tableSize);
        this.transparent = transparent;
        this.lossLimit = (int) Math.round(lossy * lossy);
    }

    /**
     * The LZW minimum code size for a table of {@code entries}: the bits of its largest index, at least 2
     * (GIF89a section 22 and appendix F). A smaller table starts its codes narrower, and its first strings
     * take higher codes sooner.
     */
    static int minCodeSize(int entries) {
        return Math.max(2, GifWriter.tableBits(entries));
    }

    /** Codes {@code indices}, the palette indices of a whole frame; {@code previous} is null for the first frame. */
    Image code(byte[] previous, byte[] indices) {
        Lzw lzw = new Lzw();
        if (previous == null) return new Image(new Rect(0, 0, width, height), -1, lzw.encode(indices, minCodeSize));
        Rect changed = Rect.changed(previous, indices, width, height);
        // A frame equal to the one before still needs an image to carry its delay: one unchanged pixel.
        Rect rect = changed != null ? changed : new Rect(0, 0, 1, 1);
        byte[] opaque = rect.crop(indices, width);
        if (transparent < 0) return new Image(rect, -1, lzw.encode(opaque, minCodeSize));
        byte[] holes = rect.crop(previous, width);
        int unchanged = 0;
        for (int i = 0; i < holes.length; i++) {
            boolean same = holes[i] == opaque[i];
            holes[i] = same ? (byte) transparent : opaque[i];
            if (same) unchanged++;
        }
        // The shorter coding is kept (the opaque one on a tie), so the one likely to be shorter is coded first
        // and the other stops as soon as it cannot be shorter. Holes win where most of the rectangle stayed
        // (a moving marker over a still plot), the opaque image where most changed (a turning surface).
        if (2 * unchanged >= holes.length) {
            byte[] withHoles = lzw.encode(holes, minCodeSize);
            byte[] data = lzw.encode(opaque, minCodeSize, withHoles.length);
            return data == null ? new Image(rect, transparent, withHoles) : new Image(rect, -1, data);
        }
        byte[] data = lzw.encode(opaque, minCodeSize);
        byte[] withHoles = lzw.encode(holes, minCodeSize, data.length - 1);
        return withHoles == null ? new Image(rect, -1, data) : new Image(rect, transparent, withHoles);
    }

    /**
     * Codes the frame {@code source} (0xRRGGBB) lossily: each pixel may show any palette colour, or what
     * {@code screen} already shows there (through the transparent index), whose squared RGB error from the
     * source exceeds that of its own entry ({@code indices}, what lossless coding shows) by at most lossy²
     * (a quarter of it where the own entry is exact, {@link #EXACT_SHARE_DIVISOR}).
     * The rectangle spans the pixels whose screen colour is farther from the source than their own entry. {@code screen} holds
     * what the frames before left (null for the first frame) and is returned updated in the image; {@code near}
     * lists the entries of {@code colors} by distance.
     */
    Image codeLossy(int[] screen, int[] source, byte[] indices, int[] colors, Neighbours near) {
        int[] palette = java.util.Arrays.copyOf(colors, 256);
        int n = source.length;
        int[] bound = new int[n];
        boolean[] hole = new boolean[n];
        boolean holes = screen != null && transparent >= 0;
        for (int i = 0; i < n; i++) {
            int own = ColorDistance.rgb(source[i], palette[indices[i] & 0xff]);
            bound[i] = own + (own == 0 ? lossLimit / EXACT_SHARE_DIVISOR : lossLimit);
            hole[i] = holes && ColorDistance.rgb(source[i], screen[i]) <= own;
        }
        Rect rect = screen == null ? new Rect(0, 0, width, height) : Rect.of(hole, width, height);
        int[] rectSource = rect.crop(source, width), rectBound = rect.crop(bound, width);
        byte[] own = rect.crop(indices, width);
        LossyLzw lzw = new LossyLzw();
        byte[] shown = new byte[own.length];
        byte[] data = lzw.encode(new LossyLzw.Pixels(palette, rectSource, own, rectBound, null, -1, near), minCodeSize, shown);
        int transparentIndex = -1;
        if (holes) {
            boolean[] rectHole = rect.crop(hole, width);
            for (int i = 0; i < own.length; i++) if (rectHole[i]) own[i] = (byte) transparent;
            byte[] shownWithHoles = new byte[own.length];
            byte[] withHoles = lzw.encode(new LossyLzw.Pixels(palette, rectSource, own, rectBound, rect.crop(screen, width), transparent,
                    near),
                    minCodeSize, shownWithHoles);
            if (withHoles.length < data.length) {
                data = withHoles;
                shown = shownWithHoles;
                transparentIndex = transparent;
            }
        }
        int[] after = screen == null ? new int[n] : screen;
        rect.paste(shown, palette, transparentIndex, after, width);
        return new Image(rect, transparentIndex, data, after);
    }

    void write(GifWriter gif, Image image) throws IOException {
        gif.graphicControl(delayCentiseconds, image.transparentIndex());
        gif.image(image.rect(), minCodeSize, image.lzw());
    }

}
