package figs.math.kernel;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * How many threads a kernel may use, fixed once per JVM by the system property {@code figs.threads}
 * (default: the machine's processors). Work is cut into contiguous row blocks, a fixed partition
 * aligned to the kernel's 4-row tiles; since rows are independent, which thread runs a block cannot
 * change a bit.
 *
 * <p>A training step at batch 32 is a chain of products of some tens of microseconds each, so the
 * hand-off must cost far less than that: an executor's park and unpark costs about as much as the
 * work it moves. So helper threads spin between products (parking after {@link #SPIN_NANOS} without
 * work), and blocks are claimed, not assigned: the calling thread takes every block no helper has
 * started, so a helper that the operating system has descheduled delays nothing.
 */
public final class Threads {
    public static final String PROPERTY = "figs.threads";
    static final int COUNT = Math.max(1, Integer.getInteger(PROPERTY, Runtime.getRuntime().availableProcessors()));
    /** Below this many multiply-adds a hand-off to another thread costs more than it saves (measured). */
    private static final long MIN_WORK = 1 << 16;
    private static final long SPIN_NANOS = 200_000;
    private static final Helper[] HELPERS = new Helper[COUNT - 1];
    /** Set on threads that run whole computations side by side ({@link #inline}): they share nothing further. */
    private static final ThreadLocal<Boolean> INLINE = ThreadLocal.withInitial(() -> false);

    static {
        for (int i = 0; i < HELPERS.length; i++) HELPERS[i] = new Helper(i + 1);
    }

    private Threads() {}

    /** A range of rows [from, to). */
    @FunctionalInterface
    public interface RowBlock {
        void run(int from, int to);
    }

    public static int count() {
        return COUNT;
    }

    /**
     * Runs {@code body} over [0, rows) in blocks when {@code work} (multiply-adds or the like) is worth
     * sharing, else on the calling thread. Shared jobs are serialised, since the helpers serve one job at
     * a time; work too small to share runs at once, so trainings on several threads (scenes rendered side
     * by side) do not wait on each other's products.
     */
    public static void forRows(int rows, long work, RowBlock body) {
        int blocks = INLINE.get() ? 1 : (int) Math.min(COUNT, Math.min(rows / 4, work / MIN_WORK));
        if (blocks <= 1) {
            body.run(0, rows);
            return;
        }
        share(rows, blocks, body);
    }

    private static synchronized void share(int rows, int blocks, RowBlock body) {
        Job job = new Job(body, rows, blocks);
        for (int k = 0; k < blocks - 1; k++) HELPERS[k].post(job);
        job.work();
        job.await();
    }

    /**
     * Runs {@code work} with every kernel on the calling thread. For independent computations run on
     * several threads at once (the trainings of a sweep): each keeps a core busy by itself, which at a
     * batch of 32 beats sharing every product between cores. Rows are independent, so the bits are the
     * same either way.
     */
    public static <T> T inline(java.util.function.Supplier<T> work) {
        boolean before = INLINE.get();
        INLINE.set(true);
        try {
            return work.get();
        } finally {
            INLINE.set(before);
        }
    }

    /** One product cut into blocks, each run by whichever thread claims it first. */
    private static final class Job {
        private final RowBlock body;
        private final int rows;
        private final int blocks;
        private final int per;
        private final AtomicInteger claimed = new AtomicInteger();
        private final AtomicInteger finished = new AtomicInteger();
        private volatile Throwable failure;

        Job(RowBlock body, int rows, int blocks) {
            this.body = body;
            this.rows = rows;
            this.blocks = blocks;
            this.per = (rows / blocks + 3) / 4 * 4;
        }

        /** Claims and runs blocks until none is left. */
        void work() {
            for (int k; (k = claimed.getAndIncrement()) < blocks; ) {
                int from = Math.min(rows, k * per), to = k == blocks - 1 ? rows : Math.min(rows, (k + 1) * per);
                try {
                    body.run(from, to);
                } catch (Throwable t) {
                    failure = t;
                }
                finished.incrementAndGet();
            }
        }

        /** Waits for blocks that helpers claimed and are still running; yields the core if that takes long. */
        void await() {
            for (int spins = 0; finished.get() < blocks; spins++) {
                if (spins < 1 << 12) Thread.onSpinWait();
                else Thread.yield();
            }
            if (failure != null) throw new IllegalStateException("a kernel thread failed", failure);
        }
    }

    /** One helper thread: waits for a posted job and helps with it. */
    private static final class Helper implements Runnable {
        private final Thread thread;
        private volatile Job job;
        private volatile boolean parked;

        Helper(int index) {
            thread = new Thread(this, "figs-kernel-" + index);
            thread.setDaemon(true);
            thread.start();
        }

        void post(Job next) {
            job = next;
            if (parked) LockSupport.unpark(thread);
        }

        @Override
        public void run() {
            Job seen = null;
            while (true) {
                long idleSince = System.nanoTime();
                int spins = 0;
                Job current;
                while ((current = job) == seen) {
                    Thread.onSpinWait();
                    if (++spins % 256 == 0 && System.nanoTime() - idleSince > SPIN_NANOS) {
                        parked = true;
                        if (job == seen) LockSupport.park(this);
                        parked = false;
                        idleSince = System.nanoTime();
                    }
                }
                seen = current;
                current.work();
            }
        }
    }
}
