package figs.output.gif;

import java.util.Arrays;

/**
 * GIF's variable-length-code LZW (GIF89a, appendix F), with the code sizes of {@link CodeSizes}. The string table is an open-addressing hash of (prefix code, pixel)
 * with linear probing, at most half full, each slot one long: its generation, the key and the code.
 * A clear only moves to the next generation, so it costs nothing, and no pixel allocates. The table is
 * 64 KB, where a flat array over all (prefix, pixel) pairs took two 4 MB arrays whose lookups missed the
 * caches (it was most of the GIF encoder's time); the codes written are the same either way.
 */
final class Lzw {
    private static final int MAX_BITS = CodeSizes.MAX_BITS;
    private static final int MAX_CODES = CodeSizes.MAX_CODES;

    /** Twice the most strings a table holds, a power of two. */
    private static final int SLOTS = MAX_CODES << 1;
    private static final int MASK = SLOTS - 1;
    private static final int CODE_MASK = MAX_CODES - 1;

    /** generation << 32 | key << 12 | code, where key = prefix << 8 | pixel; an older generation is empty. */
    private final long[] slots = new long[SLOTS];
    private long generation;

    /** A lossless coder; {@link LossyLzw} is the lossy one. */
    Lzw() {}

    /** The LZW data of {@code pixels} (palette indices 0..255) as GIF sub-blocks, ending with the empty block. */
    byte[] encode(byte[] pixels, int minCodeSize) {
        return encode(pixels, minCodeSize, Integer.MAX_VALUE);
    }

    /**
     * As {@link #encode(byte[], int)}, or null as soon as the data is sure to be longer than {@code limit}
     * bytes: a frame coded two ways keeps the shorter, and the longer need not be finished.
     */
    byte[] encode(byte[] pixels, int minCodeSize, int limit) {
        BitPacker out = new BitPacker(pixels.length);
        CodeSizes codes = new CodeSizes(minCodeSize);
        generation++;
        out.write(codes.clear, codes.bits());
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
            out.write(prefix, codes.bits());
            if (out.atLeast() > limit) return null;
            int code = codes.add(out);
            if (code >= 0) slots[slot] = generation << 32 | (long) key << MAX_BITS | code;
            else generation++;
            prefix = pixel;
        }
        out.write(prefix, codes.bits());
        codes.finish(out);
        byte[] data = out.finish();
        return data.length > limit ? null : data;
    }

    /** The slot holding {@code key} in this generation, or the empty slot where it would go. */
    private int find(int key) {
        int i = (key * 0x9E3779B1) >>> (32 - 13) & MASK;
        long entry;
        while ((entry = slots[i]) >>> 32 == generation && ((int) entry >>> MAX_BITS) != key) i = (i + 1) & MASK;
        return i;
    }

    /**
     * Packs codes least significant bit first into sub-blocks of at most 255 bytes (GIF89a, section 15),
     * straight into one array: each block's length byte is reserved when the block opens and set when it
     * is full or the data ends.
     */
    static final class BitPacker {
        private static final int BLOCK = 255;

        private byte[] bytes;
        /** Where the open block's length byte is. */
        private int blockStart;
        private int length;
        private int accumulator;
        private int pending;

        BitPacker() {
            this(0);
        }

        /** For about {@code pixels} pixels: room for a quarter of a byte each at first, which most frames need less than. */
        BitPacker(int pixels) {
            bytes = new byte[Math.max(BLOCK + 1, pixels / 4)];
            length = 1;
        }

        void write(int code, int bits) {
            accumulator |= code << pending;
            pending += bits;
            while (pending >= 8) {
                put((byte) accumulator);
                accumulator >>>= 8;
                pending -= 8;
            }
        }

        /** The data will be at least this many bytes long, whatever is written next. */
        int atLeast() {
            return length;
        }

        private void put(byte b) {
            if (length + 2 > bytes.length) bytes = Arrays.copyOf(bytes, 2 * bytes.length); // a length byte and b
            if (length - blockStart > BLOCK) {
                bytes[blockStart] = (byte) BLOCK;
                blockStart = length++;
            }
            bytes[length++] = b;
        }

        byte[] finish() {
            if (pending > 0) put((byte) accumulator);
            int open = length - blockStart - 1;
            if (open > 0) bytes[blockStart] = (byte) open;
            else length = blockStart; // no data since the last full block: drop its length byte
            byte[] data = Arrays.copyOf(bytes, length + 1); // the last byte, 0, is the empty block that ends the data
            data[length] = 0;
            return data;
        }
    }
}
