package figs.render.pipeline;

/**
 * Which frames of a timeline to draw ({@code --frames 0-9} or {@code --frames 12}): first to last, both
 * included, 0-based. The sinks see the chosen frames numbered from 0, so a GIF, MP4 or contact sheet
 * holds exactly those frames.
 */
public record FrameRange(int first, int last) {
    /** Every frame, however many the timeline has. */
    public static final FrameRange ALL = new FrameRange(0, Integer.MAX_VALUE);

    public FrameRange {
        if (first < 0 || last < first) {
            throw new IllegalArgumentException("a frame range runs from a first frame (0 or more) to a last one not before it, not "
                    + first + "-" + last);
        }
    }

    /** {@code "3"} or {@code "0-9"}. */
    public static FrameRange parse(String text) {
        String[] parts = text.trim().split("-", -1);
        try {
            if (parts.length == 1) return new FrameRange(Integer.parseInt(parts[0]), Integer.parseInt(parts[0]));
            if (parts.length == 2) return new FrameRange(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
        } catch (NumberFormatException e) {
            // worded below
        }
        throw new IllegalArgumentException("'" + text + "' is not a frame or a range of frames; write one index such as 12,"
                + " or first-last such as 0-9 (frames count from 0)");
    }

    /** This range cut to a timeline of {@code count} frames; empty (null) when none of its frames exist. */
    FrameRange within(int count) {
        if (first >= count) return null;
        return new FrameRange(first, Math.min(last, count - 1));
    }

    int size() {
        return last - first + 1;
    }

    boolean contains(int index) {
        return index >= first && index <= last;
    }

    @Override
    public String toString() {
        return first == last ? String.valueOf(first) : first + "-" + (last == Integer.MAX_VALUE ? "" : last);
    }
}
