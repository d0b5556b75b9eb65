package figs.output.gif;

import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * Nearest palette entries in squared RGB distance for a fixed set of colours, as {@link Lloyd} needs them
 * every round, through a grid over the colour cube: each cell that holds colours lists the entries that
 * can be nearest to some colour inside it, and a colour compares only those. An entry is listed when its
 * least distance from the cell is at most the least, over all entries, of the greatest distance from the
 * cell; every entry nearest to a colour in the cell (ties included) passes, since its distance to the colour
 * is at least the first and at most the second. Lists are in index order and ties go to the lower index,
 * so the answer is exactly a full scan's. All distances are integers.
 *
 * <p>A cell's list is drawn from its parent's, a larger cell holding it: an entry that can be nearest
 * somewhere in the cell can be nearest somewhere in the parent, and a list longer than needed costs time,
 * never the answer. Thousands of small cells then each weigh a few entries, not the whole table.
 */
final class CellGrid {
    /** Cells of 8 values on each axis: on the gradient-descent animation about 7,000 hold colours, each listing 4 entries. */
    private static final int BITS = 3;
    /** Parents of 32 values on each axis, at most 8³. */
    private static final int PARENT_BITS = 5;

    private final int[] rgb;
    /** Per colour, its cell's position in {@link #cells}. */
    private final int[] cellOf;
    /** The cells that hold colours, each once, by their lowest corner (0xRRGGBB). */
    private final int[] cells;
    /** Per cell, its parent's position in {@link #parents}. */
    private final int[] parentOf;
    /** The parents of the cells, each once, by their lowest corner. */
    private final int[] parents;

    /** For the colours {@code rgb} (0xRRGGBB). */
    CellGrid(int[] rgb) {
        this.rgb = rgb;
        cellOf = new int[rgb.length];
        cells = distinct(rgb, BITS, cellOf);
        parentOf = new int[cells.length];
        parents = distinct(cells, PARENT_BITS, parentOf);
    }

    /** The distinct cells of side 2^bits that hold {@code colors}, by corner; {@code positions} gets each colour's cell's position. */
    private static int[] distinct(int[] colors, int bits, int[] positions) {
        int side = 8 - bits, mask = (1 << side) - 1;
        int[] position = new int[1 << 3 * side];
        Arrays.fill(position, -1);
        int[] corners = new int[Math.min(position.length, colors.length)];
        int count = 0;
        for (int i = 0; i < colors.length; i++) {
            int c = colors[i];
            int index = (c >>> 16 + bits & mask) << 2 * side | (c >>> 8 + bits & mask) << side | (c >>> bits & mask);
            if (position[index] < 0) {
                corners[count] = c & corner(bits);
                position[index] = count++;
            }
            positions[i] = position[index];
        }
        return Arrays.copyOf(corners, count);
    }

    /** The mask that keeps a colour's cell corner. */
    private static int corner(int bits) {
        int channel = 0xff & -(1 << bits);
        return channel << 16 | channel << 8 | channel;
    }

    /** The entries of {@code palette} each cell lists (by position), computed on several threads. */
    int[][] candidates(int[] palette) {
        int[] all = IntStream.range(0, palette.length).toArray();
        int[][] parentLists = new int[parents.length][];
        IntStream.range(0, parents.length).parallel().forEach(p -> parentLists[p] = candidates(parents[p], PARENT_BITS, palette, all));
        int[][] lists = new int[cells.length][];
        IntStream.range(0, cells.length).parallel().forEach(p -> lists[p] = candidates(cells[p], BITS, palette, parentLists[parentOf[p]]));
        return lists;
    }

    /** Of {@code from} (in index order), the entries that can be nearest somewhere in the cell at {@code corner}. */
    private static int[] candidates(int corner, int bits, int[] palette, int[] from) {
        int lr = corner >>> 16 & 0xff, lg = corner >>> 8 & 0xff, lb = corner & 0xff, last = (1 << bits) - 1;
        int[] least = new int[from.length];
        int bound = Integer.MAX_VALUE;
        for (int k = 0; k < from.length; k++) {
            int p = palette[from[k]], r = p >>> 16 & 0xff, g = p >>> 8 & 0xff, b = p & 0xff;
            least[k] = outside(r, lr, lr + last) + outside(g, lg, lg + last) + outside(b, lb, lb + last);
            bound = Math.min(bound, farthest(r, lr, lr + last) + farthest(g, lg, lg + last) + farthest(b, lb, lb + last));
        }
        int[] list = new int[from.length];
        int n = 0;
        for (int k = 0; k < from.length; k++) if (least[k] <= bound) list[n++] = from[k];
        return Arrays.copyOf(list, n);
    }

    /** The squared distance from v to the nearest value of lo..hi. */
    private static int outside(int v, int lo, int hi) {
        int d = v < lo ? lo - v : v > hi ? v - hi : 0;
        return d * d;
    }

    /** The squared distance from v to the farthest value of lo..hi. */
    private static int farthest(int v, int lo, int hi) {
        int d = Math.max(v - lo, hi - v);
        return d * d;
    }

    /** The entry of {@code palette} nearest colour {@code i}, given {@link #candidates} of that palette; ties to the lower index. */
    int nearest(int i, int[][] candidates, int[] palette) {
        int c = rgb[i], best = -1, bestDistance = Integer.MAX_VALUE;
        for (int e : candidates[cellOf[i]]) {
            int d = ColorDistance.rgb(c, palette[e]);
            if (d < bestDistance) {
                bestDistance = d;
                best = e;
            }
        }
        return best;
    }
}
