package figs.math.kernel;

import static figs.math.kernel.Lanes.SCALAR;
import static figs.math.kernel.Lanes.SPECIES;

import jdk.incubator.vector.FloatVector;

/**
 * C = init + A B in float32, the one product every Dense layer needs (forward X W, weight gradient
 * Xᵀ dZ, input gradient dZ Wᵀ). Vectorised over C's columns: each lane owns one output and adds
 * A[m, k] B[k, n] for k = 0, 1, 2, ... with a fused multiply-add, exactly as the scalar twin does with
 * {@link Math#fma}, so every vector width gives the same bits. No reduction across lanes.
 *
 * <p>A is read through strides so that Xᵀ needs no copy: element (m, k) is {@code a[m * aRow + k * aCol]}.
 * B is (k, n) row-major, C is (m, n) row-major. Rows of C may be shared out to threads ({@link Threads}):
 * no output depends on another, so the thread count cannot change a bit.
 */
public final class Gemm {
    private Gemm() {}

    /**
     * {@code c[m, n] = init[n] + sum_k a[m, k] b[k, n]} with init a row broadcast to every m (a bias), or
     * zero when {@code init} is null; rows shared out to the kernel threads when large enough.
     */
    public static void multiply(float[] a, int aRow, int aCol, float[] b, float[] init, float[] c, int rows, int inner,
                                int cols) {
        Threads.forRows(rows, (long) rows * inner * cols,
                (from, to) -> block(a, aRow, aCol, b, init, c, from, to, inner, cols, 0, cols));
    }

    /**
     * The part of the product with rows [rowFrom, rowTo) and columns [colFrom, colTo), on the calling
     * thread; {@code cols} is the row length of B and C. For callers that share work out themselves.
     */
    public static void block(float[] a, int aRow, int aCol, float[] b, float[] init, float[] c, int rowFrom, int rowTo,
                             int inner, int cols, int colFrom, int colTo) {
        block(a, aRow, aCol, b, null, init, c, rowFrom, rowTo, inner, cols, colFrom, colTo);
    }

    /**
     * As {@link #block}, with B also given as {@code panels}, filled by {@link #panels} for all
     * {@code inner} rows of B: for a B that many products read (dz in the pieces of a weight
     * gradient), so that it is laid out for the tiles once, not once per product. {@code colFrom} must
     * be 0 or a multiple of {@link #panelWidth()} for the panels to be used.
     */
    public static void block(float[] a, int aRow, int aCol, float[] b, float[] panels, float[] init, float[] c,
                             int rowFrom, int rowTo, int inner, int cols, int colFrom, int colTo) {
        if (SCALAR) {
            for (int m = rowFrom; m < rowTo; m++) scalarRow(a, aRow, aCol, b, init, c, m, inner, cols, colFrom, colTo);
        } else {
            vector(a, aRow, aCol, b, colFrom % panelWidth() == 0 ? panels : null, init, c, rowFrom, rowTo, inner, cols,
                    colFrom, colTo);
        }
    }

    /**
     * As {@link #block} with no init, A read in place ({@code aCol} = 1), for the rows of C listed in
     * {@code list[0..count)} only (ascending, distinct): for an input gradient of which the layer below
     * uses only some rows. Each listed output is the sum of the full product, in the same order, so
     * its bits are those of {@link #block}; the other rows of C are left as they were.
     */
    public static void rows(float[] a, int aRow, int[] list, int count, float[] b, float[] c, int inner, int cols,
                            int colFrom, int colTo) {
        if (count == 0) return;
        if (SCALAR) {
            for (int j = 0; j < count; j++) scalarRow(a, aRow, 1, b, null, c, list[j], inner, cols, colFrom, colTo);
            return;
        }
        int width = 2 * SPECIES.length();
        int tiledCols = colFrom + (colTo - colFrom) / width * width;
        if (tiledCols > colFrom && inner > 0) {
            float[] bp = BUFFERS.get().b(inner * width);
            for (int n = colFrom; n < tiledCols; n += width) {
                pack(b, bp, inner, cols, n);
                // Four listed rows a tile; a last tile short of four repeats its last row, which is
                // computed twice to the same bits and stored twice in the same place.
                for (int j = 0; j < count; j += 4) {
                    int last = count - 1;
                    int m0 = list[j], m1 = list[Math.min(j + 1, last)], m2 = list[Math.min(j + 2, last)];
                    int m3 = list[Math.min(j + 3, last)];
                    tileRows(a, m0 * aRow, m1 * aRow, m2 * aRow, m3 * aRow, bp, null, n, c, m0 * cols + n, m1 * cols + n,
                            m2 * cols + n, m3 * cols + n, inner);
                }
            }
        }
        if (tiledCols < colTo) {
            int tail = narrow(a, aRow, 1, list, 0, count, b, null, c, inner, cols, tiledCols, colTo);
            for (int j = 0; j < count; j++) row(a, aRow, 1, b, null, c, list[j], inner, cols, tail, colTo);
        }
    }

    /**
     * As {@link #block} with no init over all {@code cols} columns, for the rows of C listed in
     * {@code list[0..count)} only, A read through strides and interleaved as in the full product: for a
     * weight gradient whose other rows are known without a product. {@code panels} as for
     * {@link #block}, or null.
     */
    public static void rows(float[] a, int aRow, int aCol, int[] list, int count, float[] b, float[] panels,
                            float[] c, int inner, int cols) {
        if (count == 0) return;
        if (SCALAR) {
            for (int j = 0; j < count; j++) scalarRow(a, aRow, aCol, b, null, c, list[j], inner, cols, 0, cols);
            return;
        }
        int width = 2 * SPECIES.length();
        int tiledCols = cols / width * width;
        if (tiledCols > 0 && inner > 0) {
            Buffers buffers = BUFFERS.get();
            int groups = (count + 3) / 4;
            float[] ap = buffers.a(groups * 4 * inner);
            // Four listed rows a tile, interleaved as in the full product; a last tile short of four
            // repeats its last row, computed to the same bits and stored in the same place again.
            for (int g = 0; g < groups; g++) {
                int dst = 4 * g * inner;
                int s0 = list[4 * g] * aRow, s1 = list[Math.min(4 * g + 1, count - 1)] * aRow;
                int s2 = list[Math.min(4 * g + 2, count - 1)] * aRow, s3 = list[Math.min(4 * g + 3, count - 1)] * aRow;
                for (int k = 0; k < inner; k++) {
                    ap[dst + 4 * k] = a[s0 + k * aCol];
                    ap[dst + 4 * k + 1] = a[s1 + k * aCol];
                    ap[dst + 4 * k + 2] = a[s2 + k * aCol];
                    ap[dst + 4 * k + 3] = a[s3 + k * aCol];
                }
            }
            float[] bp = panels == null ? buffers.b(inner * width) : panels;
            for (int n = 0; n < tiledCols; n += width) {
                int bOff = n * inner;
                if (panels == null) {
                    pack(b, bp, inner, cols, n);
                    bOff = 0;
                }
                for (int g = 0; g < groups; g++) {
                    int m0 = list[4 * g], m1 = list[Math.min(4 * g + 1, count - 1)];
                    int m2 = list[Math.min(4 * g + 2, count - 1)], m3 = list[Math.min(4 * g + 3, count - 1)];
                    tile(ap, 4 * g * inner, bp, bOff, null, c, m0 * cols + n, m1 * cols + n, m2 * cols + n,
                            m3 * cols + n, n, inner);
                }
            }
        }
        if (tiledCols < cols) {
            int tail = narrow(a, aRow, aCol, list, 0, count, b, null, c, inner, cols, tiledCols, cols);
            for (int j = 0; j < count; j++) row(a, aRow, aCol, b, null, c, list[j], inner, cols, tail, cols);
        }
    }

    /**
     * Rows [from, to) of {@code c = init + A B} over all {@code cols} columns, A read in place
     * ({@code aCol} = 1), with the sum taken over the k listed in {@code list[0..count)} only (ascending):
     * for a caller that knows the other terms are zero products that cannot change the sums (see
     * {@code Dense.forward}). The listed terms are added in ascending k with one fma each, as always.
     */
    public static void blockOver(float[] a, int aRow, int[] list, int count, float[] b, float[] init, float[] c,
                                 int from, int to, int cols) {
        if (SCALAR) {
            for (int m = from; m < to; m++) scalarRowOver(a, aRow, list, count, b, init, c, m, cols, 0);
            return;
        }
        int lanes = SPECIES.length(), width = 2 * lanes;
        int tiledTo = from + (to - from) / 4 * 4;
        int tiledCols = cols / width * width;
        if (tiledTo > from && tiledCols > 0) {
            Buffers buffers = BUFFERS.get();
            float[] ap = buffers.a((tiledTo - from) * count);
            for (int m = from; m < tiledTo; m += 4) {
                int dst = (m - from) * count, src = m * aRow;
                for (int j = 0; j < count; j++) {
                    int k = list[j];
                    ap[dst + 4 * j] = a[src + k];
                    ap[dst + 4 * j + 1] = a[src + aRow + k];
                    ap[dst + 4 * j + 2] = a[src + 2 * aRow + k];
                    ap[dst + 4 * j + 3] = a[src + 3 * aRow + k];
                }
            }
            float[] bp = buffers.b(count * width);
            for (int n = 0; n < tiledCols; n += width) {
                for (int j = 0; j < count; j++) {
                    int k = list[j];
                    FloatVector.fromArray(SPECIES, b, k * cols + n).intoArray(bp, j * width);
                    FloatVector.fromArray(SPECIES, b, k * cols + n + lanes).intoArray(bp, j * width + lanes);
                }
                for (int m = from; m < tiledTo; m += 4) {
                    int out = m * cols + n;
                    tile(ap, (m - from) * count, bp, 0, init, c, out, out + cols, out + 2 * cols, out + 3 * cols, n,
                            count);
                }
            }
        }
        for (int m = from; m < to; m++) {
            int n = m < tiledTo ? tiledCols : 0;
            for (; n + lanes <= cols; n += lanes) {
                FloatVector acc = start(init, n);
                for (int j = 0; j < count; j++) {
                    int k = list[j];
                    acc = FloatVector.broadcast(SPECIES, a[m * aRow + k]).fma(FloatVector.fromArray(SPECIES, b, k * cols + n), acc);
                }
                acc.intoArray(c, m * cols + n);
            }
            scalarRowOver(a, aRow, list, count, b, init, c, m, cols, n);
        }
    }

    private static void scalarRowOver(float[] a, int aRow, int[] list, int count, float[] b, float[] init, float[] c,
                                      int m, int cols, int fromCol) {
        for (int n = fromCol; n < cols; n++) {
            float acc = init == null ? 0f : init[n];
            for (int j = 0; j < count; j++) acc = Math.fma(a[m * aRow + list[j]], b[list[j] * cols + n], acc);
            c[m * cols + n] = acc;
        }
    }

    /** Columns per panel of B: two vectors (1 with {@code figs.vector=scalar}, which uses no panels). */
    public static int panelWidth() {
        return SCALAR ? 1 : 2 * SPECIES.length();
    }

    /** Floats that {@link #panels} needs for a B of (inner, cols): 0 with the scalar kernels. */
    public static int panelsSize(int inner, int cols) {
        return SCALAR ? 0 : cols / panelWidth() * panelWidth() * inner;
    }

    /**
     * Rows [kFrom, kTo) of B, (inner, cols) row-major, into {@code panels} in the order the tiles read
     * them: the panel of columns [p w, p w + w) at p w inner, row k of it at k w. Columns past the
     * last whole panel are left out (the products read them from B). Rows are independent, so threads
     * may fill blocks of rows each.
     */
    public static void panels(float[] b, float[] panels, int inner, int cols, int kFrom, int kTo) {
        if (SCALAR) return;
        int lanes = SPECIES.length(), width = 2 * lanes;
        for (int n = 0, p = 0; n + width <= cols; n += width, p += width * inner) {
            for (int k = kFrom; k < kTo; k++) {
                FloatVector.fromArray(SPECIES, b, k * cols + n).intoArray(panels, p + k * width);
                FloatVector.fromArray(SPECIES, b, k * cols + n + lanes).intoArray(panels, p + k * width + lanes);
            }
        }
    }

    /**
     * Rows in groups of four against two vectors of columns: each B vector loaded is used for four
     * rows, and eight independent FMA chains stay in flight. Leftover rows and columns take
     * {@link #row}. Every output still adds its k terms in order, so the bits match the scalar twin.
     *
     * <p>Column panels are the outer loop, and each panel of B (inner x 2 vectors, 16 KB for a
     * 256-wide layer with 8 lanes) is first copied into a contiguous buffer, which stays in the L1
     * cache while every row group of the block passes over it (in place, its rows are {@code cols}
     * floats apart, and at 128 or 256 columns they crowd a few sets of the cache). Unless B is only one
     * to three panels wide (then A, the kernel in the input gradient, is read in place, since copying
     * it would cost more than its reads), A is copied too, each tile's four rows interleaved, so that
     * one index serves the four broadcasts. With constant strides in k on both sides the JIT hoists
     * most bounds checks out of the inner loop (with the strides as variables it kept six per k), and
     * with two k per pass the loop runs some 22 instructions per k instead of 32. The copies move
     * values, not sums: the bits are those of the scalar twin.
     */
    private static void vector(float[] a, int aRow, int aCol, float[] b, float[] panels, float[] init, float[] c,
                               int from, int to, int inner, int cols, int colFrom, int colTo) {
        int width = 2 * SPECIES.length();
        int tiledTo = from + (to - from) / 4 * 4;
        int tiledCols = colFrom + (colTo - colFrom) / width * width;
        if (tiledTo > from && tiledCols > colFrom && inner > 0) {
            Buffers buffers = BUFFERS.get();
            float[] bp = buffers.b(inner * width);
            if ((tiledCols - colFrom) / width >= INTERLEAVE_PANELS || aCol != 1) {
                // A's four rows of each tile interleaved, (k, r) at 4 k + r: one index for four broadcasts.
                float[] ap = buffers.a((tiledTo - from) * inner);
                for (int m = from; m < tiledTo; m += 4) {
                    int dst = (m - from) * inner;
                    for (int k = 0; k < inner; k++) {
                        int src = m * aRow + k * aCol;
                        ap[dst + 4 * k] = a[src];
                        ap[dst + 4 * k + 1] = a[src + aRow];
                        ap[dst + 4 * k + 2] = a[src + 2 * aRow];
                        ap[dst + 4 * k + 3] = a[src + 3 * aRow];
                    }
                }
                for (int n = colFrom; n < tiledCols; n += width) {
                    float[] panel = bp;
                    int bOff = 0;
                    if (panels != null) {
                        panel = panels;
                        bOff = n * inner;
                    } else {
                        pack(b, bp, inner, cols, n);
                    }
                    for (int m = from; m < tiledTo; m += 4) {
                        int out = m * cols + n;
                        tile(ap, (m - from) * inner, panel, bOff, init, c, out, out + cols, out + 2 * cols,
                                out + 3 * cols, n, inner);
                    }
                }
            } else {
                for (int n = colFrom; n < tiledCols; n += width) {
                    pack(b, bp, inner, cols, n);
                    for (int m = from; m < tiledTo; m += 4) tileRows(a, m * aRow, aRow, bp, init, c, m, n, inner, cols);
                }
            }
        }
        if (tiledCols < colTo) {
            int tail = narrow(a, aRow, aCol, null, from, tiledTo - from, b, init, c, inner, cols, tiledCols, colTo);
            for (int m = from; m < tiledTo; m++) row(a, aRow, aCol, b, init, c, m, inner, cols, tail, colTo);
        }
        for (int m = tiledTo; m < to; m++) row(a, aRow, aCol, b, init, c, m, inner, cols, colFrom, colTo);
    }

    /** Below this many column panels, copying A costs more than its interleaved reads save. */
    private static final int INTERLEAVE_PANELS = 4;

    /** B[k, n..n+2L) for every k, into {@code bp} at k * 2L: the panel as the tiles read it. */
    private static void pack(float[] b, float[] bp, int inner, int cols, int n) {
        int lanes = SPECIES.length();
        for (int k = 0; k < inner; k++) {
            FloatVector.fromArray(SPECIES, b, k * cols + n).intoArray(bp, 2 * k * lanes);
            FloatVector.fromArray(SPECIES, b, k * cols + n + lanes).intoArray(bp, 2 * k * lanes + lanes);
        }
    }

    /**
     * C[m..m+3, n..n+2L) as a 4 x 2 block of vectors, from the interleaved A at {@code a0} ((k, r) at
     * a0 + 4 k + r) and the packed panel at {@code bOff} in {@code bp}. Two k per pass of the loop, in order.
     */
    private static void tile(float[] ap, int a0, float[] bp, int bOff, float[] init, float[] c, int out0, int out1,
                             int out2, int out3, int n, int inner) {
        int lanes = SPECIES.length();
        FloatVector c00 = start(init, n), c01 = start(init, n + lanes);
        FloatVector c10 = c00, c11 = c01, c20 = c00, c21 = c01, c30 = c00, c31 = c01;
        int k = 0;
        for (; k + 1 < inner; k += 2) {
            FloatVector b0 = FloatVector.fromArray(SPECIES, bp, bOff + 2 * k * lanes);
            FloatVector b1 = FloatVector.fromArray(SPECIES, bp, bOff + 2 * k * lanes + lanes);
            FloatVector x0 = FloatVector.broadcast(SPECIES, ap[a0 + 4 * k]);
            FloatVector x1 = FloatVector.broadcast(SPECIES, ap[a0 + 4 * k + 1]);
            c00 = x0.fma(b0, c00);
            c01 = x0.fma(b1, c01);
            c10 = x1.fma(b0, c10);
            c11 = x1.fma(b1, c11);
            FloatVector x2 = FloatVector.broadcast(SPECIES, ap[a0 + 4 * k + 2]);
            FloatVector x3 = FloatVector.broadcast(SPECIES, ap[a0 + 4 * k + 3]);
            c20 = x2.fma(b0, c20);
            c21 = x2.fma(b1, c21);
            c30 = x3.fma(b0, c30);
            c31 = x3.fma(b1, c31);
            b0 = FloatVector.fromArray(SPECIES, bp, bOff + 2 * k * lanes + 2 * lanes);
            b1 = FloatVector.fromArray(SPECIES, bp, bOff + 2 * k * lanes + 3 * lanes);
            x0 = FloatVector.broadcast(SPECIES, ap[a0 + 4 * k + 4]);
            x1 = FloatVector.broadcast(SPECIES, ap[a0 + 4 * k + 5]);
            c00 = x0.fma(b0, c00);
            c01 = x0.fma(b1, c01);
            c10 = x1.fma(b0, c10);
            c11 = x1.fma(b1, c11);
            x2 = FloatVector.broadcast(SPECIES, ap[a0 + 4 * k + 6]);
            x3 = FloatVector.broadcast(SPECIES, ap[a0 + 4 * k + 7]);
            c20 = x2.fma(b0, c20);
            c21 = x2.fma(b1, c21);
            c30 = x3.fma(b0, c30);
            c31 = x3.fma(b1, c31);
        }
        if (k < inner) {
            FloatVector b0 = FloatVector.fromArray(SPECIES, bp, bOff + 2 * k * lanes);
            FloatVector b1 = FloatVector.fromArray(SPECIES, bp, bOff + 2 * k * lanes + lanes);
            FloatVector x0 = FloatVector.broadcast(SPECIES, ap[a0 + 4 * k]);
            FloatVector x1 = FloatVector.broadcast(SPECIES, ap[a0 + 4 * k + 1]);
            FloatVector x2 = FloatVector.broadcast(SPECIES, ap[a0 + 4 * k + 2]);
            FloatVector x3 = FloatVector.broadcast(SPECIES, ap[a0 + 4 * k + 3]);
            c00 = x0.fma(b0, c00);
            c01 = x0.fma(b1, c01);
            c10 = x1.fma(b0, c10);
            c11 = x1.fma(b1, c11);
            c20 = x2.fma(b0, c20);
            c21 = x2.fma(b1, c21);
            c30 = x3.fma(b0, c30);
            c31 = x3.fma(b1, c31);
        }
        c00.intoArray(c, out0);
        c01.intoArray(c, out0 + lanes);
        c10.intoArray(c, out1);
        c11.intoArray(c, out1 + lanes);
        c20.intoArray(c, out2);
        c21.intoArray(c, out2 + lanes);
        c30.intoArray(c, out3);
        c31.intoArray(c, out3 + lanes);
    }

    private static void store(float[] c, int out, int cols, FloatVector c00, FloatVector c01, FloatVector c10,
                              FloatVector c11, FloatVector c20, FloatVector c21, FloatVector c30, FloatVector c31) {
        int lanes = SPECIES.length();
        c00.intoArray(c, out);
        c01.intoArray(c, out + lanes);
        c10.intoArray(c, out + cols);
        c11.intoArray(c, out + cols + lanes);
        c20.intoArray(c, out + 2 * cols);
        c21.intoArray(c, out + 2 * cols + lanes);
        c30.intoArray(c, out + 3 * cols);
        c31.intoArray(c, out + 3 * cols + lanes);
    }

    /** As {@link #tile}, with A's rows read in place at {@code a0}, {@code a0 + aRow}, ... (unit stride in k). */
    private static void tileRows(float[] a, int a0, int aRow, float[] bp, float[] init, float[] c, int m, int n,
                                 int inner, int cols) {
        int c0 = m * cols + n;
        tileRows(a, a0, a0 + aRow, a0 + 2 * aRow, a0 + 3 * aRow, bp, init, n, c, c0, c0 + cols, c0 + 2 * cols, c0 + 3 * cols,
                inner);
    }

    /**
     * Any four rows of A (at {@code a0..a3}, unit stride in k) against the packed panel {@code bp} of
     * columns [n, n + 2L), into any four rows of C (at {@code c0..c3}), each starting from {@code init}
     * at n (or zero when it is null).
     */
    private static void tileRows(float[] a, int a0, int a1, int a2, int a3, float[] bp, float[] init, int n, float[] c,
                                 int c0, int c1, int c2, int c3, int inner) {
        int lanes = SPECIES.length();
        FloatVector c00 = start(init, n), c01 = start(init, n + lanes);
        FloatVector c10 = c00, c11 = c01, c20 = c00, c21 = c01, c30 = c00, c31 = c01;
        for (int k = 0; k < inner; k++) {
            FloatVector b0 = FloatVector.fromArray(SPECIES, bp, 2 * k * lanes);
            FloatVector b1 = FloatVector.fromArray(SPECIES, bp, 2 * k * lanes + lanes);
            FloatVector x0 = FloatVector.broadcast(SPECIES, a[a0 + k]);
            FloatVector x1 = FloatVector.broadcast(SPECIES, a[a1 + k]);
            FloatVector x2 = FloatVector.broadcast(SPECIES, a[a2 + k]);
            FloatVector x3 = FloatVector.broadcast(SPECIES, a[a3 + k]);
            c00 = x0.fma(b0, c00);
            c01 = x0.fma(b1, c01);
            c10 = x1.fma(b0, c10);
            c11 = x1.fma(b1, c11);
            c20 = x2.fma(b0, c20);
            c21 = x2.fma(b1, c21);
            c30 = x3.fma(b0, c30);
            c31 = x3.fma(b1, c31);
        }
        c00.intoArray(c, c0);
        c01.intoArray(c, c0 + lanes);
        c10.intoArray(c, c1);
        c11.intoArray(c, c1 + lanes);
        c20.intoArray(c, c2);
        c21.intoArray(c, c2 + lanes);
        c30.intoArray(c, c3);
        c31.intoArray(c, c3 + lanes);
    }

    /**
     * The whole vectors of columns [colFrom, colTo), eight rows of C at a time, B read in place; returns
     * where the scalar tail of the columns starts. The rows are {@code list[0..count)}, or with
     * {@code list} null, {@code from} to {@code from + count}; a last group short of eight repeats its
     * last row, computed to the same bits and stored in the same place again. For column ranges
     * narrower than a panel: with 16 lanes, each thread's half of a batch of 32 in the input gradient
     * would otherwise take {@link #row}'s one chain of dependent fmas a row (it was a quarter of a
     * two-thread training step).
     */
    private static int narrow(float[] a, int aRow, int aCol, int[] list, int from, int count, float[] b, float[] init,
                              float[] c, int inner, int cols, int colFrom, int colTo) {
        int lanes = SPECIES.length();
        int end = colFrom + SPECIES.loopBound(colTo - colFrom);
        int[] at = BUFFERS.get().rows;
        for (int j = 0; j < count; j += 8) {
            for (int r = 0; r < 8; r++) at[r] = list == null ? from + Math.min(j + r, count - 1) : list[Math.min(j + r, count - 1)];
            for (int n = colFrom; n < end; n += lanes) narrowTile(a, at, aRow, aCol, b, init, c, n, inner, cols);
        }
        return end;
    }

    /**
     * Eight rows of C (rows {@code m[0..8)}) over the vector of columns at n, A's rows {@code aRow} apart
     * and k apart by {@code aCol}: eight independent fma chains, as in {@link #tile}.
     */
    private static void narrowTile(float[] a, int[] m, int aRow, int aCol, float[] b, float[] init, float[] c, int n,
                                   int inner, int cols) {
        int a0 = m[0] * aRow, a1 = m[1] * aRow, a2 = m[2] * aRow, a3 = m[3] * aRow;
        int a4 = m[4] * aRow, a5 = m[5] * aRow, a6 = m[6] * aRow, a7 = m[7] * aRow;
        FloatVector s0 = start(init, n), s1 = s0, s2 = s0, s3 = s0, s4 = s0, s5 = s0, s6 = s0, s7 = s0;
        for (int k = 0, ak = 0; k < inner; k++, ak += aCol) {
            FloatVector bk = FloatVector.fromArray(SPECIES, b, k * cols + n);
            s0 = FloatVector.broadcast(SPECIES, a[a0 + ak]).fma(bk, s0);
            s1 = FloatVector.broadcast(SPECIES, a[a1 + ak]).fma(bk, s1);
            s2 = FloatVector.broadcast(SPECIES, a[a2 + ak]).fma(bk, s2);
            s3 = FloatVector.broadcast(SPECIES, a[a3 + ak]).fma(bk, s3);
            s4 = FloatVector.broadcast(SPECIES, a[a4 + ak]).fma(bk, s4);
            s5 = FloatVector.broadcast(SPECIES, a[a5 + ak]).fma(bk, s5);
            s6 = FloatVector.broadcast(SPECIES, a[a6 + ak]).fma(bk, s6);
            s7 = FloatVector.broadcast(SPECIES, a[a7 + ak]).fma(bk, s7);
        }
        // Stored last to first: a short group repeats its last row, and those copies hold the same bits.
        s7.intoArray(c, m[7] * cols + n);
        s6.intoArray(c, m[6] * cols + n);
        s5.intoArray(c, m[5] * cols + n);
        s4.intoArray(c, m[4] * cols + n);
        s3.intoArray(c, m[3] * cols + n);
        s2.intoArray(c, m[2] * cols + n);
        s1.intoArray(c, m[1] * cols + n);
        s0.intoArray(c, m[0] * cols + n);
    }

    /** Each thread's packing buffers, grown as needed and kept: a step allocates nothing. */
    private static final ThreadLocal<Buffers> BUFFERS = ThreadLocal.withInitial(Buffers::new);

    private static final class Buffers {
        /** The rows of one {@link #narrowTile}. */
        private final int[] rows = new int[8];
        private float[] a = new float[0];
        private float[] b = new float[0];

        float[] a(int size) {
            if (a.length < size) a = new float[size];
            return a;
        }

        float[] b(int size) {
            if (b.length < size) b = new float[size];
            return b;
        }
    }

    /** One row of C over columns [fromCol, toCol): whole vectors, then the scalar tail. */
    private static void row(float[] a, int aRow, int aCol, float[] b, float[] init, float[] c, int m, int inner,
                            int cols, int fromCol, int toCol) {
        int lanes = SPECIES.length();
        int single = fromCol + SPECIES.loopBound(toCol - fromCol);
        int n = fromCol;
        for (; n < single; n += lanes) {
            FloatVector acc = start(init, n);
            for (int k = 0; k < inner; k++) {
                acc = FloatVector.broadcast(SPECIES, a[m * aRow + k * aCol])
                        .fma(FloatVector.fromArray(SPECIES, b, k * cols + n), acc);
            }
            acc.intoArray(c, m * cols + n);
        }
        scalarRow(a, aRow, aCol, b, init, c, m, inner, cols, n, toCol);
    }

    private static FloatVector start(float[] init, int n) {
        return init == null ? FloatVector.zero(SPECIES) : FloatVector.fromArray(SPECIES, init, n);
    }

    /** The scalar twin: the same sums in the same order, fused the same way. */
    static void scalar(float[] a, int aRow, int aCol, float[] b, float[] init, float[] c, int rows, int inner, int cols,
                       int fromCol) {
        for (int m = 0; m < rows; m++) scalarRow(a, aRow, aCol, b, init, c, m, inner, cols, fromCol, cols);
    }

    private static void scalarRow(float[] a, int aRow, int aCol, float[] b, float[] init, float[] c, int m, int inner,
                                  int cols, int fromCol, int toCol) {
        for (int n = fromCol; n < toCol; n++) {
            float acc = init == null ? 0f : init[n];
            for (int k = 0; k < inner; k++) acc = Math.fma(a[m * aRow + k * aCol], b[k * cols + n], acc);
            c[m * cols + n] = acc;
        }
    }
}
