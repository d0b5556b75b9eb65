package figs.math.kernel;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * How many threads a kernel may use, fixed once per JVM by the system property {@code figs.threads}
 * (default: the machine's processors). Work is cut into contiguous row blocks, a fixed partition
 * aligned to the kernel's 4-row tiles; since rows are independent, any count gives the same bits.
 */
public final class Threads {
    public static final String PROPERTY = "figs.threads";
    static final int COUNT = Math.max(1, Integer.getInteger(PROPERTY, Runtime.getRuntime().availableProcessors()));
    /** Below this many multiply-adds a hand-off to another thread costs more than it saves. */
    private static final long MIN_WORK = 1 << 18;
    private static final ExecutorService POOL = COUNT == 1 ? null : Executors.newFixedThreadPool(COUNT - 1, r -> {
        Thread t = new Thread(r, "figs-kernel");
        t.setDaemon(true);
        return t;
    });

    private Threads() {}

    /** A range of rows [from, to). */
    @FunctionalInterface
    interface RowBlock {
        void run(int from, int to);
    }

    public static int count() {
        return COUNT;
    }

    static void forRows(int rows, long work, RowBlock body) {
        int blocks = (int) Math.min(COUNT, Math.min(rows / 4, work / MIN_WORK));
        if (blocks <= 1) {
            body.run(0, rows);
            return;
        }
        int per = (rows / blocks + 3) / 4 * 4;
        Future<?>[] others = new Future<?>[blocks - 1];
        for (int k = 1; k < blocks; k++) {
            int from = Math.min(rows, k * per), to = k == blocks - 1 ? rows : Math.min(rows, (k + 1) * per);
            others[k - 1] = POOL.submit(() -> body.run(from, to));
        }
        body.run(0, Math.min(rows, per));
        for (Future<?> f : others) {
            try {
                f.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for a kernel thread", e);
            } catch (java.util.concurrent.ExecutionException e) {
                throw new IllegalStateException("a kernel thread failed", e.getCause());
            }
        }
    }
}
