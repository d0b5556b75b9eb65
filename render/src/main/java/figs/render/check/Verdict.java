package figs.render.check;

import java.util.List;
import java.util.Locale;

/**
 * How one output file compares with what {@code figures.lock} expects of it.
 *
 * @param file       the file's name
 * @param status     the outcome
 * @param frames     frames compared
 * @param scores     per frame, whether it changed and its RMS difference on 0-255 (empty when nothing was decoded)
 * @param fullFrames whether {@code scores} compare whole frames, or is estimated from the lock's thumbnails
 * @param reason     why, for anything but {@link Status#IDENTICAL}, in a few words
 */
public record Verdict(String file, Status status, int frames, List<Score> scores, boolean fullFrames, String reason) {
    /**
     * One frame against the one locked: {@code changed} when its pixels are not the same (a change too
     * small for the thumbnails may estimate to RMS 0 and still be a change).
     */
    public record Score(boolean changed, double rms) {
        static final Score SAME = new Score(false, 0);
    }

    public enum Status {
        /** The very bytes the lock records. */
        IDENTICAL(true),
        /** Other bytes, the same pixels in every frame (an encoder's container details changed). */
        SAME_PIXELS(true),
        /** Pixels differ by no more than the scene's tolerance, and the scene is the one locked. */
        WITHIN_TOLERANCE(true),
        /** Pixels differ beyond the tolerance, or after the scene was edited, or frames are missing or extra. */
        DIFFERENT(false),
        /** The lock has the file and the render did not write it, or the other way round. */
        UNMATCHED(false);

        public final boolean passes;

        Status(boolean passes) {
            this.passes = passes;
        }
    }

    public Verdict {
        scores = List.copyOf(scores);
    }

    public static Verdict unmatched(String file, String reason) {
        return new Verdict(file, Status.UNMATCHED, 0, List.of(), true, reason);
    }

    public boolean passes() {
        return status.passes;
    }

    /** Frames whose pixels are not the ones locked. */
    public int differing() {
        return (int) scores.stream().filter(Score::changed).count();
    }

    /** The frame that differs most, or -1. */
    public int worstFrame() {
        int worst = -1;
        for (int i = 0; i < scores.size(); i++) {
            if (scores.get(i).changed() && (worst < 0 || scores.get(i).rms() > scores.get(worst).rms())) worst = i;
        }
        return worst;
    }

    /** One line for a CI log, e.g. {@code boundary-circles.gif: 7 of 50 frames differ, worst RMS 12.3 at frame 31}. */
    public String summary() {
        String head = file + ": ";
        return switch (status) {
            case IDENTICAL -> head + "identical";
            case SAME_PIXELS -> head + "same pixels in all " + frames + plural(frames, " frame") + ", other bytes (" + reason + ")";
            case UNMATCHED -> head + reason;
            case WITHIN_TOLERANCE, DIFFERENT -> {
                int worst = worstFrame();
                String estimate = fullFrames ? "" : " (from the lock's 8x8 thumbnails)";
                String counted = worst < 0 ? reason
                        : frames == 1 ? String.format(Locale.ROOT, "differs, RMS %.1f%s", scores.get(0).rms(), estimate)
                        : String.format(Locale.ROOT, "%d of %d frames differ, worst RMS %.1f at frame %d%s", differing(), frames,
                                scores.get(worst).rms(), worst, estimate);
                yield head + counted + (worst < 0 || reason.isEmpty() ? "" : "; " + reason);
            }
        };
    }

    private static String plural(int n, String word) {
        return n == 1 ? word : word + "s";
    }
}
