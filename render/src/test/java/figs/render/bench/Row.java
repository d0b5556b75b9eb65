package figs.render.bench;

import java.util.List;
import java.util.Locale;

/**
 * One line of the report: what encoded the frames, the file's size, how long it took, and how close it
 * came to the source, measured against one or more references (mean and worst frame, dB).
 */
record Row(String encoder, long bytes, double seconds, List<Quality> qualities) {
    Row(String encoder, long bytes, double seconds, Quality quality) {
        this(encoder, bytes, seconds, List.of(quality));
    }

    String markdown() {
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "| %s | %,d | %.2f |", encoder, bytes, seconds));
        for (Quality q : qualities) line.append(String.format(Locale.ROOT, " %.2f | %.2f |", q.meanDb(), q.minDb()));
        return line.toString();
    }
}
