package figs.output.gif;

/**
 * GIF's LZW (the code-size rules of {@link Lzw}) that may show a pixel as another symbol than its own
 * when that lets a string the table already holds go on, as gifsicle's {@code --lossy} does: at each
 * string the whole tree of table strings is searched, depth first, through the symbols each following
 * pixel accepts, and the longest string found is coded (the least squared error among the longest).
 * A pixel accepts a palette colour, or the transparent index showing the colour already on the screen
 * beneath it, when its squared RGB distance from the source pixel is at most the pixel's bound; its own
 * symbol always counts as within it. Unlike
 * gifsicle (and this class's predecessor) the error is measured against the source frame, not against
 * the pixel's nearest palette colour, so a move towards the source costs nothing.
 *
 * <p>A string may also start at another symbol than its first pixel's own: besides the own symbol, the
 * search starts from the {@link #OTHER_ROOTS} accepted symbols nearest the source, and the table learns
 * whichever first symbol the coded string has (the decoder adds the symbol it is shown). Only pixels whose
 * own colour is not exact get other roots: on the gradient-descent animation, letting exact pixels (fills,
 * the black background) start strings elsewhere too cost 6 dB on the first frame, where the longest string
 * wandered over dark blends; restricted so, the file at equal mean PSNR is 7 % smaller than with the own
 * root alone (output/BENCHMARKS.md). The search visits at most {@link #MAX_VISITS} table strings per root,
 * in a fixed order, so the output depends on nothing but the input.
 */
final class LossyLzw {
    private static final int MAX_CODES = CodeSizes.MAX_CODES;
    /** Table strings the search may visit from one root; bounds the time on noisy shading. */
    static final int MAX_VISITS = 1 << 12;
    /**
     * Roots tried besides a pixel's own symbol. On the gradient-descent animation 3 and 7 gave the same size at
     * equal PSNR, and each root costs a search.
     */
    static final int OTHER_ROOTS = 3;
    /**
     * How many shorter prefixes of the longest string are weighed against it by where the string after each
     * would end (one step of flexible parsing: Matias, Rajpoot and Sahinalp, "The effect of flexible parsing
     * for dynamic dictionary-based data compression", 2001). On the gradient-descent animation with 128
     * colours and {@code lossy: 16}, at equal mean PSNR: 1 prefix about 0.7 % smaller, 2 about 1 %, 3 no more;
     * 2 costs about twice the coding time.
     */
    static final int LOOK_AHEAD = 2;

    private final int[] firstChild = new int[MAX_CODES];
    private final long[] firstChildGeneration = new long[MAX_CODES];
    private final int[] nextSibling = new int[MAX_CODES];
    private final int[] prefixOf = new int[MAX_CODES];
    private final int[] lastPixel = new int[MAX_CODES];
    private long generation;

    // The search's stack, one level per pixel past the root: the string's squared error and the next child to try.
    private final int[] stackNext = new int[MAX_CODES + 1];
    private final long[] stackError = new long[MAX_CODES + 1];

    // The roots tried for the string being chosen, least error first, and what the search from the best found.
    private final int[] roots = new int[OTHER_ROOTS + 1];
    private final int[] rootErrors = new int[OTHER_ROOTS + 1];
    private int chosenCode, chosenAfter, chosenRoot;
    /** The squared error of the string {@link #longest} found last, its root's not counted. */
    private long searchError;

    /** A coder whose table holds up to 256 one-pixel strings (the palette indices). */
    LossyLzw() {
        for (int i = 0; i < 256; i++) lastPixel[i] = i;
    }

    /**
     * What one image's pixels are and may become, row by row: {@code colors} the palette (256 entries),
     * {@code source} the frame's colours, {@code own} each pixel's symbol (its nearest palette entry, or the
     * transparent index), {@code bound} the largest squared RGB error each may take, {@code beneath} the
     * colours on the screen under the image (null when it is opaque) and {@code transparent} its index, or -1;
     * {@code near} lists the palette's entries by distance, for the other roots.
     */
    record Pixels(int[] colors, int[] source, byte[] own, int[] bound, int[] beneath, int transparent, Neighbours near) {
        /** Squared RGB distance of {@code symbol}'s colour from the source at {@code i}, or -1 beyond the bound. */
        int error(int i, int symbol) {
            int c;
            if (symbol == transparent) {
                if (beneath == null) return -1;
                c = beneath[i];
            } else {
                c = colors[symbol];
            }
            int d = ColorDistance.rgb(source[i], c);
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
        int start = 0, previous = -1, entry = -1;
        boolean foreseen = false;   // the look-ahead already chose the string from start, with this table
        while (start < n) {
            if (!foreseen) choose(pixels, previous, entry, start);
            int code = chosenCode, after = chosenAfter;
            if (entry >= 0) link(previous, chosenRoot, entry);
            if (after < n) {
                // Flexible parsing: this string or one of its LOOK_AHEAD prefixes, whichever lets the next string reach farthest.
                int next = codes.peek();
                int farthest = -1, bestCode = code, bestAfter = after, nextCode = 0, nextRoot = 0;
                for (int c = code, end = after, d = 0; d <= LOOK_AHEAD && end > start; d++, end--) {
                    choose(pixels, next >= 0 ? c : -1, next, end);
                    if (chosenAfter > farthest) {
                        farthest = chosenAfter;
                        bestCode = c;
                        bestAfter = end;
                        nextCode = chosenCode;
                        nextRoot = chosenRoot;
                    }
                    if (c < codes.clear) break;   // a one-pixel string has no shorter prefix
                    c = prefixOf[c];
                }
                code = bestCode;
                after = bestAfter;
                // The next string's choice is the one just made for the prefix chosen, unless the table
                // fills and clears before it (then the search runs again in the empty table).
                foreseen = next >= 0;
                chosenCode = nextCode;
                chosenAfter = farthest;
                chosenRoot = nextRoot;
            }
            for (int i = after - 1, c = code; i >= start; i--, c = prefixOf[c]) shown[i] = (byte) lastPixel[c];
            out.write(code, codes.bits());
            if (after < n) {
                // The decoder adds this string plus the next one's first symbol once it reads the next code.
                entry = codes.add(out);
                if (entry >= 0) previous = code;
                else generation++;
            }
            start = after;
        }
        codes.finish(out);
        return out.finish();
    }

    /**
     * The string to code from {@code start}: the longest over the roots tried (the least squared error among
     * the longest, the root's own counted), left in chosenCode, chosenAfter and chosenRoot. {@code entry}, when
     * not -1, is the code the decoder will give {@code previous} plus the root; it is in the table during each
     * root's search, as the decoder has it then (a string may use it at once, the KwKwK case of LZW).
     */
    private void choose(Pixels pixels, int previous, int entry, int start) {
        int count = roots(pixels, start);
        chosenAfter = -1;
        long chosenError = 0;
        for (int k = 0; k < count; k++) {
            int root = roots[k];
            int savedChild = 0;
            long savedGeneration = 0;
            if (entry >= 0) {
                savedChild = firstChild[previous];
                savedGeneration = firstChildGeneration[previous];
                link(previous, root, entry);
            }
            long found = longest(pixels, root, start + 1);
            if (entry >= 0) {   // unlink: the entry's last symbol is not settled until a root is chosen
                firstChild[previous] = savedChild;
                firstChildGeneration[previous] = savedGeneration;
            }
            int after = (int) found;
            long error = searchError + rootErrors[k];
            if (chosenAfter < 0 || better(after - start, error, chosenAfter - start, chosenError)) {
                chosenCode = (int) (found >>> 32);
                chosenAfter = after;
                chosenRoot = root;
                chosenError = error;
            }
        }
    }

    /**
     * Fills {@link #roots} for the pixel at {@code i}: its own symbol, then, if its own colour is not exact, up
     * to {@link #OTHER_ROOTS} other symbols within its bound, least error first (ties by symbol). Palette
     * entries are listed from the own entry outwards, and the list stops where the triangle inequality
     * says no entry can be within the bound any more. Returns how many roots there are.
     */
    private int roots(Pixels pixels, int i) {
        int own = pixels.own()[i] & 0xff;
        int ownError = pixels.error(i, own);
        roots[0] = own;
        rootErrors[0] = ownError;
        int count = 1;
        if (ownError == 0 || own == pixels.transparent()) return count;
        if (pixels.transparent() >= 0) count = offer(pixels.transparent(), pixels.error(i, pixels.transparent()), count);
        double reach = Math.sqrt(ownError) + Math.sqrt(pixels.bound()[i]);
        int[] others = pixels.near().of(own), distances = pixels.near().squaredDistances(own);
        for (int k = 0; k < others.length && distances[k] <= reach * reach; k++) {
            count = offer(others[k], pixels.error(i, others[k]), count);
        }
        return count;
    }

    /** Adds {@code symbol} to the other roots if its error is within the bound and among the least; returns the count. */
    private int offer(int symbol, int error, int count) {
        if (error < 0) return count;
        int at = count;
        while (at > 1 && (rootErrors[at - 1] > error || rootErrors[at - 1] == error && roots[at - 1] > symbol)) at--;
        if (at > OTHER_ROOTS) return count;
        int last = Math.min(count, OTHER_ROOTS);
        System.arraycopy(roots, at, roots, at + 1, last - at);
        System.arraycopy(rootErrors, at, rootErrors, at + 1, last - at);
        roots[at] = symbol;
        rootErrors[at] = error;
        return last + 1;
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
        searchError = bestError;
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
