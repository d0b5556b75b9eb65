package figs.math.kernel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import figs.math.random.MersenneTwister;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class GemmTest {
    /** Odd shapes exercise the 4-vector blocks, the single vectors and the scalar tail together. */
    private static final int[][] SHAPES = {{33, 7, 13}, {32, 64, 128}, {5, 3, 1}, {17, 256, 71}};

    @Test
    void vectorPathEqualsScalarTwinBitForBit() {
        for (int[] s : SHAPES) {
            Operands o = Operands.random(s[0], s[1], s[2], 42);
            float[] simd = new float[s[0] * s[2]];
            float[] plain = new float[s[0] * s[2]];
            Gemm.multiply(o.a, s[1], 1, o.b, o.init, simd, s[0], s[1], s[2]);
            Gemm.scalar(o.a, s[1], 1, o.b, o.init, plain, s[0], s[1], s[2], 0);
            assertArrayEquals(bits(plain), bits(simd), "shape " + java.util.Arrays.toString(s));
        }
    }

    @Test
    void blocksOfRowsAndColumnsTileTheWholeProduct() {
        // Ranges that start off the tile grid and end inside a vector, as a block of a pass's rows does.
        int rows = 21, inner = 37, cols = 45;
        Operands o = Operands.random(rows, inner, cols, 7);
        float[] whole = new float[rows * cols];
        Gemm.scalar(o.a, inner, 1, o.b, o.init, whole, rows, inner, cols, 0);
        float[] pieced = new float[rows * cols];
        int[] rowCuts = {0, 5, 6, 16, 21}, colCuts = {0, 3, 19, 20, 45};
        for (int r = 0; r + 1 < rowCuts.length; r++) {
            for (int c = 0; c + 1 < colCuts.length; c++) {
                Gemm.block(o.a, inner, 1, o.b, o.init, pieced, rowCuts[r], rowCuts[r + 1], inner, cols, colCuts[c],
                        colCuts[c + 1]);
            }
        }
        assertArrayEquals(bits(whole), bits(pieced));
        float[] one = new float[rows * cols];
        Gemm.block(o.a, inner, 1, o.b, o.init, one, 6, 16, inner, cols, 3, 19);
        for (int m = 0; m < rows; m++) {
            for (int n = 0; n < cols; n++) {
                boolean inside = m >= 6 && m < 16 && n >= 3 && n < 19;
                assertEquals(inside ? whole[m * cols + n] : 0f, one[m * cols + n], "(" + m + ", " + n + ")");
            }
        }
    }

    @Test
    void everySharedItemRunsExactlyOnce() {
        int count = 1000;
        java.util.concurrent.atomic.AtomicIntegerArray runs = new java.util.concurrent.atomic.AtomicIntegerArray(count);
        for (int round = 0; round < 50; round++) Threads.forItems(count, Long.MAX_VALUE, runs::incrementAndGet);
        for (int k = 0; k < count; k++) assertEquals(50, runs.get(k), "item " + k);
    }

    @Test
    void stridedTransposeGivesTheTransposedProduct() {
        // C = Aᵀ B with A stored (k, m): element (m, k) at a[k * m + m] -> aRow = 1, aCol = rows.
        int rows = 3, inner = 4, cols = 5;
        Operands o = Operands.random(rows, inner, cols, 1);
        float[] c = new float[rows * cols];
        Gemm.multiply(o.a, 1, rows, o.b, null, c, rows, inner, cols);
        for (int m = 0; m < rows; m++) {
            for (int n = 0; n < cols; n++) {
                float expected = 0f;
                for (int k = 0; k < inner; k++) expected = Math.fma(o.a[k * rows + m], o.b[k * cols + n], expected);
                assertEquals(expected, c[m * cols + n]);
            }
        }
    }

    /**
     * Width and thread count are fixed per JVM, so each setting runs in its own JVM; all must print the
     * same digest of kernel products and of a short training run.
     */
    @Test
    void everyVectorWidthAndThreadCountGivesTheSameBits() throws Exception {
        List<String> digests = new ArrayList<>();
        for (String width : List.of("scalar", "64", "128", "256", "512")) {
            digests.add(width + "/1 " + digestWith("-D" + Lanes.PROPERTY + "=" + width, "-D" + Threads.PROPERTY + "=1"));
        }
        digests.add("256/2 " + digestWith("-D" + Lanes.PROPERTY + "=256", "-D" + Threads.PROPERTY + "=2"));
        digests.add("scalar/2 " + digestWith("-D" + Lanes.PROPERTY + "=scalar", "-D" + Threads.PROPERTY + "=2"));
        String reference = digests.getFirst().split(" ")[1];
        for (String d : digests) assertEquals(reference, d.split(" ")[1], digests.toString());
    }

    private static String digestWith(String width, String threads) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "--add-modules", "jdk.incubator.vector", width, threads,
                "-cp", System.getProperty("java.class.path"), KernelDigest.class.getName())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out;
        try (InputStream in = p.getInputStream()) {
            out = new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
        }
        assertEquals(0, p.waitFor(), "digest run with " + width + " " + threads);
        return out;
    }

    private static int[] bits(float[] v) {
        int[] out = new int[v.length];
        for (int i = 0; i < v.length; i++) out[i] = Float.floatToRawIntBits(v[i]);
        return out;
    }

    record Operands(float[] a, float[] b, float[] init) {
        static Operands random(int rows, int inner, int cols, long seed) {
            MersenneTwister rng = new MersenneTwister(seed);
            return new Operands(fill(rows * inner, rng), fill(inner * cols, rng), fill(cols, rng));
        }

        private static float[] fill(int n, MersenneTwister rng) {
            float[] v = new float[n];
            for (int i = 0; i < n; i++) v[i] = (float) (2 * rng.randomSample() - 1);
            return v;
        }
    }
}
