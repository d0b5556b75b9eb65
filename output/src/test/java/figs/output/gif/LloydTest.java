package figs.output.gif;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class LloydTest {
    /** Lloyd's rounds must take at least this share off median cut's squared error on smooth shading. */
    private static final double LEAST_GAIN = 0.05;
    private static final int ROUNDS = Palette.LLOYD_ROUNDS;

    /** A rainbow-ish shading with noise, as a 3-D surface gives: many distinct colours, uneven counts. */
    private static long[] shading() {
        Random random = new Random(7);
        java.util.Map<Integer, Long> counts = new java.util.TreeMap<>();
        for (int i = 0; i < 120_000; i++) {
            double t = random.nextDouble();
            int r = (int) (255 * t), g = (int) (255 * (1 - Math.abs(2 * t - 1))), b = (int) (255 * (1 - t));
            int rgb = clamp(r + random.nextInt(9) - 4) << 16 | clamp(g + random.nextInt(9) - 4) << 8 | clamp(b + random.nextInt(9) - 4);
            counts.merge(rgb, 1L + (i % 5), Long::sum);
        }
        return counts.entrySet().stream().mapToLong(e -> e.getValue() << 24 | e.getKey()).toArray();
    }

    private static int clamp(int v) {
        return Math.clamp(v, 0, 255);
    }

    /** Count-weighted squared RGB error of every colour against its nearest entry. */
    private static long error(long[] packed, int[] palette) {
        long sum = 0;
        for (long p : packed) {
            int c = ColorCounts.rgb(p), e = palette[Lloyd.nearest(c, palette)];
            int dr = (c >> 16 & 255) - (e >> 16 & 255), dg = (c >> 8 & 255) - (e >> 8 & 255), db = (c & 255) - (e & 255);
            sum += ColorCounts.count(p) * (dr * dr + dg * dg + db * db);
        }
        return sum;
    }

    @Test
    void refiningLowersTheSquaredErrorOfMedianCut() {
        long[] packed = shading();
        int[] cut = MedianCut.colors(packed, 32);
        int[] refined = cut.clone();
        Lloyd.refine(packed, refined, 0, ROUNDS);
        long before = error(packed, cut), after = error(packed, refined);
        assertTrue(after < (1 - LEAST_GAIN) * before, after + " against median cut's " + before);
    }

    @Test
    void fixedEntriesNeverMove() {
        long[] packed = shading();
        int[] fixed = {0x000000, 0xffffff, 0x7f7f7f, 0xff0000};
        int[] palette = Arrays.copyOf(fixed, fixed.length + 28);
        System.arraycopy(MedianCut.colors(packed, 28), 0, palette, fixed.length, 28);
        Lloyd.refine(packed, palette, fixed.length, ROUNDS);
        assertArrayEquals(fixed, Arrays.copyOf(palette, fixed.length));
    }

    @Test
    void theSameEveryRunAndOnEveryThread() throws Exception {
        long[] packed = shading();
        int[] start = MedianCut.colors(packed, 48);
        int[] once = start.clone();
        Lloyd.refine(packed, once, 2, ROUNDS);
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<Future<int[]>> runs = pool.invokeAll(List.of(() -> refined(packed, start), () -> refined(packed, start),
                    () -> refined(packed, start)));
            for (Future<int[]> run : runs) assertArrayEquals(once, run.get());
        } finally {
            pool.shutdownNow();
        }
        // The assignment runs as a parallel stream, on the pool of the task that starts it: one thread or several.
        for (int threads : new int[] {1, 3}) {
            ForkJoinPool forkJoin = new ForkJoinPool(threads);
            try {
                assertArrayEquals(once, forkJoin.submit(() -> refined(packed, start)).get(), threads + " threads");
            } finally {
                forkJoin.shutdownNow();
            }
        }
    }

    private static int[] refined(long[] packed, int[] start) {
        int[] palette = start.clone();
        Lloyd.refine(packed.clone(), palette, 2, ROUNDS);
        return palette;
    }
}
