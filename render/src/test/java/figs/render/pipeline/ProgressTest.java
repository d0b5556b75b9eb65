package figs.render.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ProgressTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    void outsideATerminalItWritesPlainLinesAtEachQuarter() {
        Progress progress = Progress.to(new PrintWriter(out), new PrintWriter(err), false);
        run(progress);
        assertFalse(err.toString().contains("\r"), "no carriage returns in a CI log");
        assertEquals("s: frames 2/8\ns: frames 4/8\ns: frames 6/8\ns: frames 8/8\n", err.toString());
        assertEquals("done\n", out.toString());
    }

    @Test
    void onATerminalItRedrawsOneLineAndClearsItForLogLines() {
        Progress progress = Progress.to(new PrintWriter(out), new PrintWriter(err), true);
        run(progress);
        assertTrue(err.toString().contains("\rs: frames [############............] 4/8"), err.toString());
        assertFalse(err.toString().contains("\n"), "one line, redrawn");
        assertTrue(err.toString().endsWith("\r"), "erased before the log line");
    }

    private static void run(Progress progress) {
        Progress.Bar bar = progress.start("s: frames", 8);
        for (int i = 0; i < 8; i++) bar.advance();
        bar.finish();
        progress.line("done");
    }
}
