package figs.output.gif;

/**
 * GIF's LZW (the code-size rules of {@link Lzw}) that may show a pixel as another symbol than its own
 * when that lets a string the table already holds go on, as gifsicle's {@code --lossy} does: at each
 * string the whole tree of table strings is searched, depth first, through the symbols each following
 * pixel accepts, and the longest string found is coded (the least squared error among the longest).
 * A pixel accepts a palette colour, or the transparent index showing the colour already on the screen
 * beneath it, when its squared RGB distance from the source pixel is at most the pixel's bound; its own
 * symbol, which starts every string and is what the table learns, always counts as within it. Unlike
 * gifsicle (and this class's predecessor) the error is measured against the source frame, not against
 * the pixel's nearest palette colour, so a move towards the source costs nothing. The search visits at most
 * {@link #MAX_VISITS} table strings per code, in a fixed order, so the output depends on nothing but
 * the input.
 */
final class LossyLzw {
    private static final int MAX_CODES = CodeSizes.MAX_CODES;
    /** Table strings the search may visit for one code; bounds the time on noisy shading. */
    static final int MAX_VISITS = 1 << 12;

    private final int[] firstChild = new int[MAX_CODES];
    private final long[] firstChildGeneration = new long[MAX_CODES];
    private final int[] nextSibling = new int[MAX_CODES];
    private final int[] prefixOf = new int[MAX_CODES];
    private final int[] lastPixel = new int[MAX_CODES];
    private long generation;

    // The search's stack, one level per pixel past the root: the string's squared error and the next child to try.
    private final int[] stackNext = new int[MAX_CODES + 1];
    private final long[] stackError = new long[MAX_CODES + 1];

    /** A coder whose table holds up to 256 one-pixel strings (the palette indices). */
    LossyLzw() {
        for (int i = 0; i < 256; i++) lastPixel[i] = i;
    }

    /**
     * What one image's pixels are and may become, row by row: {@code colors} the palette (256 entries),
     * {@code source} the frame's colours, {@code own} each pixel's symbol (its nearest palette entry, or the
     * transparent index), {@code bound} the largest squared RGB error each may take, {@code beneath} the
     * colours on the screen under the image (null when it is opaque) and {@code transparent} its index, or -1.
     */
    record Pixels(int[] colors, int[] source, byte[] own, int[] bound, int[] beneath, int transparent) {
        /** Squared RGB distance of {@code symbol}'s colour from the source at {@code i}, or -1 beyond the bound. */
        int error(int i, int symbol) {
            int c;
            if (symbol == transparent) {
                if (beneath == null) return -1;
                c = beneath[i];
            } else {
                c = colors[symbol];
            }
            int s = source[i];
            int dr = (s >>> 16 & 0xff) - (c >>> 16 & 0xff), dg = (s >>> 8 & 0xff) - (c >>> 8 & 0xff), db = (s & 0xff) - (c & 0xff);
            int d = dr * dr + dg * dg + db * db;
            return d <= bound[i] || symbol == (own[i] & 0xff) ? d : -1;
        }
    }

    /** The LZW data of {@code pixels} as GIF sub-blocks; {@code shown} receives the symbol each pixel is coded as. */
    byte[] encode(Pixels pixels, int minCodeSize, byte[] shown) {
        int n = pixels.own().length;
        Lzw.BitPacker out = new Lzw.BitPacker();
        CodeSizes codes = new CodeSizes(minCodeSize);
        generation++;
        out.write(codes.clear, codes.bits());
        int start = 0;
        int root = pixels.own()[0] & 0xff;
        while (start < n) {
            long found = longest(pixels, root, start + 1);
            int code = (int) (found >>> 32), after = (int) found;
            for (int i = after - 1, c = code; i >= start; i--, c = prefixOf[c]) shown[i] = (byte) lastPixel[c];
            out.write(code, codes.bits());
            if (after < n) {
                root = pixels.own()[after] & 0xff;
                int next = codes.add(out);
                if (next >= 0) link(code, root, next);
                else generation++;
            }
            start = after;
        }
        codes.finish(out);
        return out.finish();
    }

    /** code << 32 | position after the string: the longest table string from {@code root} the pixels accept. */
    private long longest(Pixels pixels, int root, int from) {
        int n = pixels.own().length;
        int bestCode = root, bestAfter = from;
        long bestError = 0;
        int depth = 0, visits = 0;
        stackError[0] = 0;
        stackNext[0] = childOf(root);
        while (depth >= 0) {
            int at = from + depth;
            int child = stackNext[depth];
            if (child < 0 || at >= n || visits >= MAX_VISITS) {
                depth--;
                continue;
            }
            stackNext[depth] = nextSibling[child];
            int e = pixels.error(at, lastPixel[child]);
            if (e < 0) continue;
            visits++;
            long error = stackError[depth] + e;
            if (better(at + 1 - from + 1, error, bestAfter - from + 1, bestError)) {
                bestAfter = at + 1;
                bestCode = child;
                bestError = error;
            }
            depth++;
            stackError[depth] = error;
            stackNext[depth] = childOf(child);
        }
        return (long) bestCode << 32 | bestAfter;
    }

    /** Whether a string of {@code length} pixels with squared error {@code error} beats the best so far: longer, then closer. */
    private static boolean better(int length, long error, int bestLength, long bestError) {
        return length > bestLength || (length == bestLength && error < bestError);
    }

    private int childOf(int code) {
        return firstChildGeneration[code] == generation ? firstChild[code] : -1;
    }

    private void link(int prefix, int pixel, int code) {
        prefixOf[code] = prefix;
        lastPixel[code] = pixel;
        nextSibling[code] = childOf(prefix);
        firstChild[prefix] = code;
        firstChildGeneration[prefix] = generation;
    }
}
