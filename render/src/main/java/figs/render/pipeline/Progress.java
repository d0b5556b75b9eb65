package figs.render.pipeline;

import java.io.PrintWriter;

/**
 * Progress of the long stages (runs, frames, finishing files). On a terminal each stage is one line
 * redrawn in place with {@code \r}; elsewhere (CI logs, pipes) it is plain lines at 25, 50, 75 and
 * 100 %, so a log holds no carriage returns. Log lines go through {@link #line} so that they never land
 * in the middle of a bar. Thread-safe: several scenes may report at once.
 */
public final class Progress {
    private static final int BAR_WIDTH = 24;

    private final PrintWriter out;
    private final PrintWriter err;
    private final boolean terminal;
    /** Characters of the bar now on screen, to be blanked before anything else is written. */
    private int shown;

    private Progress(PrintWriter out, PrintWriter err, boolean terminal) {
        this.out = out;
        this.err = err;
        this.terminal = terminal;
    }

    /** Log lines to {@code out}, bars to {@code err}; {@code terminal} picks redrawn bars over plain lines. */
    public static Progress to(PrintWriter out, PrintWriter err, boolean terminal) {
        return new Progress(out, err, terminal);
    }

    /** Neither bars nor lines. */
    public static Progress quiet() {
        return new Progress(null, null, false);
    }

    public synchronized void line(String text) {
        if (out == null) return;
        erase();
        out.println(text);
        out.flush();
    }

    /** A stage of {@code total} steps; {@code label} says whose and what, e.g. "boundary-circles: frames". */
    public Bar start(String label, int total) {
        Bar bar = new Bar(label, total);
        bar.show();
        return bar;
    }

    private synchronized void draw(String label, int done, int total, boolean finished) {
        if (err == null) return;
        if (!terminal) {
            if (!finished && done > 0 && quarter(done, total) != quarter(done - 1, total)) {
                err.println(label + " " + done + "/" + total);
                err.flush();
            }
            return;
        }
        if (finished) {
            erase();
            return;
        }
        int filled = total == 0 ? BAR_WIDTH : (int) ((long) BAR_WIDTH * done / total);
        String text = label + " [" + "#".repeat(filled) + ".".repeat(BAR_WIDTH - filled) + "] " + done + "/" + total;
        err.print("\r" + text + " ".repeat(Math.max(0, shown - text.length())));
        err.flush();
        shown = text.length();
    }

    private static int quarter(int done, int total) {
        return total == 0 ? 4 : (int) (4L * done / total);
    }

    private void erase() {
        if (shown == 0 || err == null) return;
        err.print("\r" + " ".repeat(shown) + "\r");
        err.flush();
        shown = 0;
    }

    /** One stage's count. */
    public final class Bar {
        private final String label;
        private final int total;
        private int done;

        private Bar(String label, int total) {
            this.label = label;
            this.total = total;
        }

        private void show() {
            draw(label, 0, total, false);
        }

        public void advance() {
            int now;
            synchronized (this) {
                now = ++done;
            }
            draw(label, now, total, false);
        }

        public void finish() {
            draw(label, total, total, true);
        }
    }
}
