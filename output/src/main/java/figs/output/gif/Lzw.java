package figs.output.gif;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;

/**
 * GIF's variable-length-code LZW (GIF89a, appendix F), with the code-size rules of the classic
 * {@code compress}/GIFEncoder family that every decoder accepts: codes start at minCodeSize + 1 bits,
 * grow when the next free code no longer fits, stop at 12 bits, and a clear code restarts the table
 * when all 4096 codes are taken. The string table is an open-addressing hash of (prefix code, pixel)
 * with linear probing, at most half full, each slot one long: its generation, the key and the code.
 * A clear only moves to the next generation, so it costs nothing, and no pixel allocates. The table is
 * 64 KB, where a flat array over all (prefix, pixel) pairs took two 4 MB arrays whose lookups missed the
 * caches (it was most of the GIF encoder's time); the codes written are the same either way.
 */
final class Lzw {
    private static final int MAX_BITS = 12;
    private static final int MAX_CODES = 1 << MAX_BITS;

    /** Twice the most strings a table holds, a power of two. */
    private static final int SLOTS = MAX_CODES << 1;
    private static final int MASK = SLOTS - 1;
    private static final int CODE_MASK = MAX_CODES - 1;

    /** generation << 32 | key << 12 | code, where key = prefix << 8 | pixel; an older generation is empty. */
    private final long[] slots = new long[SLOTS];
    private long generation;

    /**
     * Lossy coding (null when lossless): squared RGB distance between palette entries a and b at
     * a << 8 | b, and the largest one a pixel may be moved by to continue a string already in the table.
     */
    private final int[] distances;
    private final int limit;
    /** Each string's extensions as a list (lossy coding only): its first child, each child's next sibling, each code's last pixel. */
    private final int[] firstChild;
    private final long[] firstChildGeneration;
    private final int[] nextSibling;
    private final int[] lastPixel;

    /** A lossless coder. */
    Lzw() {
        this(null, 0);
    }

    /**
     * A coder that may move a pixel to another palette entry no farther than {@code limit} (squared RGB
     * distance in {@code distances}) when that continues a string the table already holds, so strings grow
     * longer through the noise of smooth shading; {@code limit} 0 is lossless.
     */
    Lzw(int[] distances, int limit) {
        this.distances = limit > 0 ? distances : null;
        this.limit = limit;
        boolean lossy = this.distances != null;
        firstChild = lossy ? new int[MAX_CODES] : null;
        firstChildGeneration = lossy ? new long[MAX_CODES] : null;
        nextSibling = lossy ? new int[MAX_CODES] : null;
        lastPixel = lossy ? new int[MAX_CODES] : null;
    }

    /** The LZW data of {@code pixels} (palette indices 0..255) as GIF sub-blocks, ending with the empty block. */
    byte[] encode(byte[] pixels, int minCodeSize) {
        BitPacker out = new BitPacker();
        int clear = 1 << minCodeSize;
        int end = clear + 1;
        int initialBits = minCodeSize + 1;
        int bits = initialBits;
        int maxCode = (1 << bits) - 1;
        int free = clear + 2;
        generation++;
        out.write(clear, bits);
        int prefix = pixels[0] & 0xff;
        for (int i = 1; i < pixels.length; i++) {
            int pixel = pixels[i] & 0xff;
            int key = (prefix << 8) | pixel;
            int slot = find(key);
            long entry = slots[slot];
            if (entry >>> 32 == generation) {
                prefix = (int) entry & CODE_MASK;
                continue;
            }
            if (distances != null) {
                int near = nearestChild(prefix, pixel);
                if (near >= 0) {
                    prefix = near;
                    continue;
                }
            }
            out.write(prefix, bits);
            if (free > maxCode) {
                bits++;
                maxCode = bits == MAX_BITS ? MAX_CODES : (1 << bits) - 1;
            }
            if (free < MAX_CODES) {
                if (distances != null) link(prefix, pixel, free);
                slots[slot] = generation << 32 | (long) key << MAX_BITS | free++;
            } else {
                out.write(clear, bits);
                generation++;
                free = clear + 2;
                bits = initialBits;
                maxCode = (1 << bits) - 1;
            }
            prefix = pixel;
        }
        out.write(prefix, bits);
        if (free > maxCode && bits < MAX_BITS) bits++;
        out.write(end, bits);
        return out.finish();
    }

    /** The extension of {@code prefix} whose last pixel is nearest {@code pixel} within the limit, or -1. */
    private int nearestChild(int prefix, int pixel) {
        if (firstChildGeneration[prefix] != generation) return -1;
        int best = -1;
        int bestDistance = limit + 1;
        int row = pixel << 8;
        for (int child = firstChild[prefix]; child >= 0; child = nextSibling[child]) {
            int d = distances[row | lastPixel[child]];
            if (d < bestDistance) {
                bestDistance = d;
                best = child;
            }
        }
        return best;
    }

    private void link(int prefix, int pixel, int code) {
        lastPixel[code] = pixel;
        nextSibling[code] = firstChildGeneration[prefix] == generation ? firstChild[prefix] : -1;
        firstChild[prefix] = code;
        firstChildGeneration[prefix] = generation;
    }

    /** The slot holding {@code key} in this generation, or the empty slot where it would go. */
    private int find(int key) {
        int i = (key * 0x9E3779B1) >>> (32 - 13) & MASK;
        long entry;
        while ((entry = slots[i]) >>> 32 == generation && ((int) entry >>> MAX_BITS) != key) i = (i + 1) & MASK;
        return i;
    }

    /** Packs codes least significant bit first into sub-blocks of at most 255 bytes (GIF89a, section 15). */
    private static final class BitPacker {
        private final ByteArrayOutputStream blocks = new ByteArrayOutputStream();
        private final byte[] block = new byte[255];
        private int blockLength;
        private int accumulator;
        private int pending;

        void write(int code, int bits) {
            accumulator |= code << pending;
            pending += bits;
            while (pending >= 8) {
                put((byte) accumulator);
                accumulator >>>= 8;
                pending -= 8;
            }
        }

        private void put(byte b) {
            block[blockLength++] = b;
            if (blockLength == block.length) flushBlock();
        }

        private void flushBlock() {
            if (blockLength == 0) return;
            blocks.write(blockLength);
            blocks.write(block, 0, blockLength);
            blockLength = 0;
        }

        byte[] finish() {
            if (pending > 0) put((byte) accumulator);
            flushBlock();
            blocks.write(0);
            Arrays.fill(block, (byte) 0);
            return blocks.toByteArray();
        }
    }
}
