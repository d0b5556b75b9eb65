package figs.math.bench;

import figs.math.kernel.Gemm;
import figs.math.kernel.Lanes;
import figs.math.kernel.Threads;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * GFLOP/s of the Dense kernels at the layer shapes of FIGURES.md §4 (batch 32), with the threads that
 * {@code figs.threads} allows, and the
 * ratio to this machine's FP32 peak per core (2 FMA units x 8 lanes x 2 flops x clock). Run by
 * {@code scripts/bench}; a benchmark, not a test: it asserts nothing.
 */
public final class DenseBench {
    private static final int BATCH = 32;
    private static final int[] WIDTHS = {2, 8, 64, 128, 256, 256, 256, 128, 64, 16, 1};
    private static final double SECONDS_PER_MEASURE = 0.4;

    private DenseBench() {}

    public static void main(String[] args) throws IOException {
        double reported = clockGhz(), measured = measuredClockGhz();
        double ghz = Math.max(reported, measured);
        // Against the peak of every core the kernels may use: with two threads, a layer whose rows are not
        // split runs on one core and shows at most half.
        double peak = 2 * 8 * 2 * ghz * Threads.count();
        System.out.printf(Locale.ROOT, "kernels: %s, up to %d threads (rows are split only above a size threshold);"
                + " clock %.3f GHz (/proc/cpuinfo %.3f, measured %.3f); FP32 peak of %d core(s) %.1f GFLOP/s%n",
                Lanes.describe(), Threads.count(), ghz, reported, measured, Threads.count(), peak);
        System.out.println("layer (in x out)   forward GFLOP/s  (% peak)   backward GFLOP/s  (% peak)");
        for (int l = 0; l + 1 < WIDTHS.length; l++) {
            int in = WIDTHS[l], out = WIDTHS[l + 1];
            float[] x = random(BATCH * in), w = random(in * out), b = random(out);
            float[] z = new float[BATCH * out], dz = random(BATCH * out), dzT = random(out * BATCH);
            float[] dw = new float[in * out], dxT = new float[in * BATCH];
            double flops = 2.0 * BATCH * in * out;
            double forward = measure(() -> Gemm.multiply(x, in, 1, w, b, z, BATCH, in, out));
            // The two products of Dense.backward: Xᵀ dZ, and dXᵀ = W dZᵀ (the transposes themselves excluded).
            double backward = measure(() -> {
                Gemm.multiply(x, 1, in, dz, null, dw, in, BATCH, out);
                Gemm.multiply(w, out, 1, dzT, null, dxT, in, out, BATCH);
            });
            System.out.printf(Locale.ROOT, "%4d x %-4d %14.1f  (%5.1f %%) %16.1f  (%5.1f %%)%n", in, out,
                    flops / forward / 1e9, 100 * flops / forward / 1e9 / peak,
                    2 * flops / backward / 1e9, 100 * 2 * flops / backward / 1e9 / peak);
        }
    }

    /** Seconds per call: the best of three timings, after a warm-up long enough for the JIT's last tier. */
    private static double measure(Runnable kernel) {
        for (long end = System.nanoTime() + 1_000_000_000L; System.nanoTime() < end; ) kernel.run();
        double best = Double.MAX_VALUE;
        for (int i = 0; i < 3; i++) best = Math.min(best, time(kernel));
        return best;
    }

    private static double time(Runnable kernel) {
        long calls = 0, start = System.nanoTime(), end = start + (long) (SECONDS_PER_MEASURE * 1e9);
        long now;
        do {
            for (int i = 0; i < 64; i++) kernel.run();
            calls += 64;
            now = System.nanoTime();
        } while (now < end);
        return (now - start) / 1e9 / calls;
    }

    /** The clock the kernel reports for core 0, the best figure Linux gives without privileges. */
    private static double clockGhz() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
            if (line.startsWith("cpu MHz")) return Double.parseDouble(line.split(":")[1].trim()) / 1000;
        }
        throw new IOException("no cpu MHz in /proc/cpuinfo");
    }

    /**
     * The clock a busy core runs at, turbo included, which /proc/cpuinfo does not show (it gave 2.6 GHz on a
     * Xeon whose kernels then ran at 145 % of that peak): a chain of dependent 64-bit multiplies, 3 cycles
     * each on current x86 cores (Agner Fog's tables), the best of five timings.
     */
    private static double measuredClockGhz() {
        long x = 1, n = 200_000_000L;
        double best = Double.MAX_VALUE;
        for (int round = 0; round < 5; round++) {
            long start = System.nanoTime();
            for (long i = 0; i < n; i++) x *= 0x9E3779B97F4A7C15L;
            best = Math.min(best, (System.nanoTime() - start) / (double) n);
        }
        if (x == 42) System.out.print("");   // keeps the chain alive
        return 3 / best;
    }

    private static float[] random(int n) {
        float[] v = new float[n];
        for (int i = 0; i < n; i++) v[i] = (float) Math.sin(i * 0.7);
        return v;
    }
}
