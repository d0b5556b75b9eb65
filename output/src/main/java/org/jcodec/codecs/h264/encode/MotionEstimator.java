package org.jcodec.codecs.h264.encode;

import java.util.Arrays;
import jdk.incubator.vector.ByteVector;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.ShortVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;
import org.jcodec.common.model.Picture;

/**
 * Takes the place of JCodec 0.2.5's full-pixel motion estimator (the shaded jar leaves JCodec's copy
 * out; see render/pom.xml), because its sum of absolute differences was the largest cost of a figs
 * render: about a third of all CPU time on the 3-D animations. The search is JCodec's, step for step,
 * so every motion vector and therefore every byte of the stream is unchanged:
 * <ul>
 * <li>the reference window around the macroblock is copied row after row into a buffer of
 * (2 range + 16)² bytes, zeros after the copied rows, and a block is read from it with the window's
 * width as its stride, so a block near the right edge wraps into the next row exactly as JCodec's does;
 * <li>from the co-located block it walks one pixel at a time to the best of its four neighbours (left,
 * right, up, down, first best wins) while that is no worse, for at most {@code range} steps.
 * </ul>
 * What is faster: a block's 16 rows are compared 16 bytes at a time (Vector API, exact integer sums);
 * a position's sum is computed once per search (the walk looks back at where it came from); the buffers
 * are reused; and a sum stops early once it exceeds the best so far, where only "worse" matters: such a
 * neighbour is never the minimum unless all four are worse, when the walk stops either way. The best
 * score never rises, so a stored "worse" stays worse.
 */
public class MotionEstimator {
    private static final VectorSpecies<Byte> ROW = ByteVector.SPECIES_128;
    private static final VectorSpecies<Short> WIDE = ShortVector.SPECIES_256;
    private static final VectorSpecies<Integer> SUM = IntVector.SPECIES_256;
    private static final int BLOCK = 16;

    private final int maxSearchRange;
    private final byte[] window;
    /** Per position of the window: the sum found in search number {@code stamp[p]}, or a bound above the best. */
    private final int[] scores;
    private final int[] stamp;
    private int search;

    public MotionEstimator(int maxSearchRange) {
        this.maxSearchRange = maxSearchRange;
        int side = maxSearchRange * 2 + BLOCK;
        this.window = new byte[side * side];
        this.scores = new int[side * side];
        this.stamp = new int[side * side];
    }

    /** JCodec's signature: the full-pixel vector, in quarter pixels, of {@code patch} (the 16 x 16 luma block). */
    public int[] estimate(Picture ref, byte[] patch, int mbX, int mbY, int mvpx, int mvpy) {
        int startX = mbX << 4, startY = mbY << 4;
        int tlX = Math.max(startX - maxSearchRange, 0), tlY = Math.max(startY - maxSearchRange, 0);
        int w = Math.min(startX + maxSearchRange + BLOCK, ref.getPlaneWidth(0)) - tlX;
        int h = Math.min(startY + maxSearchRange + BLOCK, ref.getPlaneHeight(0)) - tlY;
        copyWindow(ref.getPlaneData(0), ref.getPlaneWidth(0), tlX, tlY, w, h);
        search++;
        int centerX = startX - tlX, centerY = startY - tlY;
        int x = centerX, y = centerY;
        int best = score(w, patch, x, y, Integer.MAX_VALUE);
        for (int i = 0; i < maxSearchRange; i++) {
            int left = x > 0 ? score(w, patch, x - 1, y, best) : Integer.MAX_VALUE;
            int right = x < w - 1 ? score(w, patch, x + 1, y, best) : Integer.MAX_VALUE;
            int up = y > 0 ? score(w, patch, x, y - 1, best) : Integer.MAX_VALUE;
            int down = y < h - 1 ? score(w, patch, x, y + 1, best) : Integer.MAX_VALUE;
            int min = Math.min(Math.min(Math.min(left, right), up), down);
            if (min > best) break;
            best = min;
            if (left == min) x--;
            else if (right == min) x++;
            else if (up == min) y--;
            else y++;
        }
        return new int[] {(x - centerX) << 2, (y - centerY) << 2};
    }

    /** JCodec's fresh buffer: the rows packed at stride w, then zeros. */
    private void copyWindow(byte[] plane, int stride, int tlX, int tlY, int w, int h) {
        for (int row = 0; row < h; row++) {
            System.arraycopy(plane, (tlY + row) * stride + tlX, window, row * w, w);
        }
        Arrays.fill(window, w * h, window.length, (byte) 0);
    }

    /** The sum at (x, y), or a number above {@code best}, computed at most once per search. */
    private int score(int w, byte[] patch, int x, int y, int best) {
        int p = y * w + x;
        if (stamp[p] == search) return scores[p];
        int s = sad(w, patch, x, y, best);
        stamp[p] = search;
        scores[p] = s;
        return s;
    }

    /**
     * Sum of |window - patch| over the block at (x, y), rows at stride w; stops after any quarter of the
     * rows once the sum so far exceeds {@code limit}, returning that partial sum (already above it).
     * Per lane a quarter adds at most 4 x 255, so the 16-bit lanes cannot overflow before they are summed.
     */
    private int sad(int w, byte[] patch, int x, int y, int limit) {
        int total = 0;
        int off = y * w + x;
        for (int quarter = 0; quarter < 4; quarter++) {
            ShortVector acc = ShortVector.zero(WIDE);
            for (int r = quarter * 4; r < quarter * 4 + 4; r++, off += w) {
                ShortVector a = (ShortVector) ByteVector.fromArray(ROW, window, off).convertShape(VectorOperators.B2S, WIDE, 0);
                ShortVector b = (ShortVector) ByteVector.fromArray(ROW, patch, r * BLOCK).convertShape(VectorOperators.B2S, WIDE, 0);
                acc = acc.add(a.sub(b).abs());
            }
            total += widenedSum(acc);
            if (total > limit) return total;
        }
        return total;
    }

    private static int widenedSum(ShortVector acc) {
        IntVector lo = (IntVector) acc.convertShape(VectorOperators.S2I, SUM, 0);
        IntVector hi = (IntVector) acc.convertShape(VectorOperators.S2I, SUM, 1);
        return lo.add(hi).reduceLanes(VectorOperators.ADD);
    }
}
