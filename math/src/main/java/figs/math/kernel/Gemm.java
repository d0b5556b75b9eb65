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
 * B is (k, n) row-major, C is (m, n) row-major.
 */
public final class Gemm {
    private Gemm() {}

    /**
     * {@code c[m, n] = init[n] + sum_k a[m, k] b[k, n]} with init a row broadcast to every m (a bias), or
     * zero when {@code init} is null.
     */
    public static void multiply(float[] a, int aRow, int aCol, float[] b, float[] init, float[] c, int rows, int inner,
                                int cols) {
        if (SCALAR) {
            scalar(a, aRow, aCol, b, init, c, rows, inner, cols, 0);
        } else {
            vector(a, aRow, aCol, b, init, c, rows, inner, cols);
        }
    }

    /** Four vectors of C per pass keep four independent FMA chains in flight; the tail is scalar. */
    private static void vector(float[] a, int aRow, int aCol, float[] b, float[] init, float[] c, int rows, int inner,
                               int cols) {
        int lanes = SPECIES.length();
        int block = cols - cols % (4 * lanes);
        int single = SPECIES.loopBound(cols);
        for (int m = 0; m < rows; m++) {
            int n = 0;
            for (; n < block; n += 4 * lanes) {
                FloatVector c0 = start(init, n), c1 = start(init, n + lanes);
                FloatVector c2 = start(init, n + 2 * lanes), c3 = start(init, n + 3 * lanes);
                for (int k = 0; k < inner; k++) {
                    FloatVector amk = FloatVector.broadcast(SPECIES, a[m * aRow + k * aCol]);
                    int row = k * cols + n;
                    c0 = amk.fma(FloatVector.fromArray(SPECIES, b, row), c0);
                    c1 = amk.fma(FloatVector.fromArray(SPECIES, b, row + lanes), c1);
                    c2 = amk.fma(FloatVector.fromArray(SPECIES, b, row + 2 * lanes), c2);
                    c3 = amk.fma(FloatVector.fromArray(SPECIES, b, row + 3 * lanes), c3);
                }
                int out = m * cols + n;
                c0.intoArray(c, out);
                c1.intoArray(c, out + lanes);
                c2.intoArray(c, out + 2 * lanes);
                c3.intoArray(c, out + 3 * lanes);
            }
            for (; n < single; n += lanes) {
                FloatVector acc = start(init, n);
                for (int k = 0; k < inner; k++) {
                    acc = FloatVector.broadcast(SPECIES, a[m * aRow + k * aCol])
                            .fma(FloatVector.fromArray(SPECIES, b, k * cols + n), acc);
                }
                acc.intoArray(c, m * cols + n);
            }
            scalarRow(a, aRow, aCol, b, init, c, m, inner, cols, n);
        }
    }

    private static FloatVector start(float[] init, int n) {
        return init == null ? FloatVector.zero(SPECIES) : FloatVector.fromArray(SPECIES, init, n);
    }

    /** The scalar twin: the same sums in the same order, fused the same way. */
    static void scalar(float[] a, int aRow, int aCol, float[] b, float[] init, float[] c, int rows, int inner, int cols,
                       int fromCol) {
        for (int m = 0; m < rows; m++) scalarRow(a, aRow, aCol, b, init, c, m, inner, cols, fromCol);
    }

    private static void scalarRow(float[] a, int aRow, int aCol, float[] b, float[] init, float[] c, int m, int inner,
                                  int cols, int fromCol) {
        for (int n = fromCol; n < cols; n++) {
            float acc = init == null ? 0f : init[n];
            for (int k = 0; k < inner; k++) acc = Math.fma(a[m * aRow + k * aCol], b[k * cols + n], acc);
            c[m * cols + n] = acc;
        }
    }
}
