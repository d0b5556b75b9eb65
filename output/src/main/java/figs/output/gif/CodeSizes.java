package figs.output.gif;

/**
 * GIF's LZW code sizes, with the rules of the classic {@code compress}/GIFEncoder family that every
 * decoder accepts (GIF89a, appendix F): codes start at minCodeSize + 1 bits, grow when the next free code
 * no longer fits, stop at 12 bits, and a clear code restarts the table when all 4096 codes are taken.
 * Shared by the lossless and the lossy coder, whose tables differ but whose codes must follow the same rules.
 */
final class CodeSizes {
    static final int MAX_BITS = 12;
    static final int MAX_CODES = 1 << MAX_BITS;

    final int clear;
    final int end;
    private final int initialBits;
    private int bits;
    private int maxCode;
    private int free;

    CodeSizes(int minCodeSize) {
        clear = 1 << minCodeSize;
        end = clear + 1;
        initialBits = minCodeSize + 1;
        restart();
    }

    /** The width of the next code written. */
    int bits() {
        return bits;
    }

    /**
     * After a code is written, before the string it ends grows by one pixel: widens the codes when the next
     * free code no longer fits, and returns the code the new string takes; or, when the table is full,
     * writes a clear code, restarts, and returns -1 (the caller empties its table).
     */
    int add(Lzw.BitPacker out) {
        if (free > maxCode) {
            bits++;
            maxCode = bits == MAX_BITS ? MAX_CODES : (1 << bits) - 1;
        }
        if (free < MAX_CODES) return free++;
        out.write(clear, bits);
        restart();
        return -1;
    }

    /** The code the next string added would take, or -1 when the table is full. */
    int peek() {
        return free < MAX_CODES ? free : -1;
    }

    /** Writes the end code, one bit wider when the last string's code filled the width. */
    void finish(Lzw.BitPacker out) {
        if (free > maxCode && bits < MAX_BITS) bits++;
        out.write(end, bits);
    }

    private void restart() {
        bits = initialBits;
        maxCode = (1 << bits) - 1;
        free = clear + 2;
    }
}
