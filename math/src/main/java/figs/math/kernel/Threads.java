package figs.math.kernel;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.locks.LockSupport;

/**
 * How many threads a kernel may use, fixed once per JVM by the system property {@code figs.threads}
 * (default: the machine's processors). Work is cut into independent items, a fixed partition (row
 * blocks aligned to the kernel's 4-row tiles, or pieces of a network's kernels); since items are
 * independent, which thread runs one cannot change a bit.
 *
 * <p>A training step at batch 32 is a chain of products of some tens of microseconds each, so the
 * hand-off must cost far less than that: an executor's park and unpark costs about as much as the
 * work it moves. So helper threads spin between products (parking after {@link #SPIN_NANOS} without
 * work), and items are claimed, not assigned: the calling thread takes every item no helper has
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

    /** One of a job's independent work items. */
    @FunctionalInterface
    public interface Item {
        void run(int index);
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
        int per = (rows / blocks + 3) / 4 * 4;
        share(blocks, k -> body.run(Math.min(rows, k * per), k == blocks - 1 ? rows : Math.min(rows, (k + 1) * per)));
    }

    /**
     * Runs items 0 to {@code count - 1} once each, on every kernel thread when {@code work} is worth
     * sharing. Each thread starts at its own share of the items and goes on to any left unclaimed, so in
     * the usual case a thread gets the same items every time it is called (and keeps their data in its
     * own cache), while a descheduled helper still delays nothing. The items must be independent.
     */
    public static void forItems(int count, long work, Item body) {
        if (INLINE.get() || COUNT == 1 || count < 2 || work < MIN_WORK) {
            for (int k = 0; k < count; k++) body.run(k);
            return;
        }
        share(count, body);
    }

    private static synchronized void share(int count, Item body) {
        int threads = Math.min(COUNT, count);
        Job job = new Job(body, count, threads);
        for (int k = 1; k < threads; k++) HELPERS[k - 1].post(job);
        job.work(0);
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

    /** Items each run by whichever thread claims it first, every thread starting at its own share. */
    private static final class Job {
        private final Item body;
        private final int count;
        private final int threads;
        private final AtomicIntegerArray claimed;
        private final AtomicInteger finished = new AtomicInteger();
        private volatile Throwable failure;

        Job(Item body, int count, int threads) {
            this.body = body;
            this.count = count;
            this.threads = threads;
            this.claimed = new AtomicIntegerArray(count);
        }

        /** Thread {@code t} claims and runs items from the start of its share, around to where it began. */
        void work(int t) {
            int home = (int) ((long) t * count / threads);
            for (int step = 0; step < count; step++) {
                int k = (home + step) % count;
                if (claimed.get(k) != 0 || !claimed.compareAndSet(k, 0, 1)) continue;
                try {
                    body.run(k);
                } catch (Throwable e) {
                    failure = e;
                }
                finished.incrementAndGet();
            }
        }

        /** Waits for items that helpers claimed and are still running; yields the core if that takes long. */
        void await() {
            for (int spins = 0; finished.get() < count; spins++) {
                if (spins < 1 << 12) Thread.onSpinWait();
                else Thread.yield();
            }
            if (failure != null) throw new IllegalStateException("a kernel thread failed", failure);
        }
    }

    /** One helper thread: waits for a posted job and helps with it. */
    private static final class Helper implements Runnable {
        private final Thread thread;
        private final int index;
        private volatile Job job;
        private volatile boolean parked;

        Helper(int index) {
            this.index = index;
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
                current.work(index);
            }
        }
    }
}
