package figs.output;

import java.io.IOException;

/** Picks one frame of a sequence: a 0-based index, or {@link #LAST}. */
public final class Still {
    public static final int LAST = -1;

    private final int index;
    private Frame chosen;

    public Still(int index) {
        if (index < LAST) throw new IllegalArgumentException("frame index must be 0 or more, or LAST: " + index);
        this.index = index;
    }

    public void offer(Frame frame) {
        if (frame.index() == index || (index == LAST && frame.isLast())) chosen = frame;
    }

    /** The chosen frame, once the sequence has ended. */
    public Frame chosen(Object target) throws IOException {
        if (chosen == null) {
            throw new IOException("no frame " + (index == LAST ? "came" : index + " came") + " for " + target);
        }
        return chosen;
    }
}
