package figs.output.gif;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** The blocks of a GIF89a file (GIF89a specification, sections 17 to 27), written in order. */
final class GifWriter {
    private final OutputStream out;

    GifWriter(OutputStream out) {
        this.out = out;
    }

    /** Header, logical screen descriptor with a global colour table (sections 17, 18, 19). */
    void header(int width, int height, int[] palette) throws IOException {
        out.write("GIF89a".getBytes(StandardCharsets.US_ASCII));
        short16(width);
        short16(height);
        int bits = tableBits(palette.length);
        out.write(0x80 | (7 << 4) | (bits - 1)); // global table present, 8-bit colour resolution, table size
        out.write(0);                             // background colour index
        out.write(0);                             // no aspect ratio
        for (int i = 0; i < 1 << bits; i++) {
            int rgb = i < palette.length ? palette[i] : 0;
            out.write(rgb >>> 16 & 0xff);
            out.write(rgb >>> 8 & 0xff);
            out.write(rgb & 0xff);
        }
    }

    /** The NETSCAPE2.0 application extension: loop forever. */
    void loopForever() throws IOException {
        out.write(new byte[] {0x21, (byte) 0xff, 0x0b});
        out.write("NETSCAPE2.0".getBytes(StandardCharsets.US_ASCII));
        out.write(new byte[] {0x03, 0x01, 0x00, 0x00, 0x00});
    }

    /**
     * Graphic control extension (section 23): delay in hundredths of a second, disposal 1 (leave the
     * frame in place, so the next one only paints what changed), and a transparent index or -1.
     */
    void graphicControl(int delayCentiseconds, int transparentIndex) throws IOException {
        out.write(new byte[] {0x21, (byte) 0xf9, 0x04, (byte) (0x04 | (transparentIndex >= 0 ? 1 : 0))});
        short16(delayCentiseconds);
        out.write(Math.max(transparentIndex, 0));
        out.write(0);
    }

    /** Image descriptor (section 20) for a non-interlaced rectangle, then its LZW data (section 22). */
    void image(Rect rect, int minCodeSize, byte[] lzwBlocks) throws IOException {
        out.write(0x2c);
        short16(rect.x());
        short16(rect.y());
        short16(rect.width());
        short16(rect.height());
        out.write(0);
        out.write(minCodeSize);
        out.write(lzwBlocks);
    }

    void trailer() throws IOException {
        out.write(0x3b);
    }

    /** Table size as bits per entry: the smallest power of two holding the colours, at least 2 entries. */
    static int tableBits(int colors) {
        int bits = 1;
        while ((1 << bits) < colors) bits++;
        return bits;
    }

    private void short16(int value) throws IOException {
        out.write(value & 0xff);
        out.write(value >>> 8 & 0xff);
    }
}
