package figs.render.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import figs.render.check.Verdict.Score;
import figs.render.check.Verdict.Status;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class VerdictTest {
    @Test
    void summaryNamesHowManyFramesDifferAndTheWorst() {
        List<Score> scores = new ArrayList<>();
        for (int i = 0; i < 50; i++) scores.add(Score.SAME);
        double[] rms = {3.1, 7.0, 12.34, 0.4, 5.5, 2.0, 1.0};
        int[] at = {2, 9, 31, 32, 40, 41, 49};
        for (int k = 0; k < rms.length; k++) scores.set(at[k], new Score(true, rms[k]));
        Verdict v = new Verdict("boundary-circles.gif", Status.DIFFERENT, 50, scores, true, "beyond the tolerance of 1");
        assertEquals("boundary-circles.gif: 7 of 50 frames differ, worst RMS 12.3 at frame 31; beyond the tolerance of 1", v.summary());
        assertEquals(7, v.differing());
        assertEquals(31, v.worstFrame());
    }

    @Test
    void aChangeTooSmallForTheThumbnailsStillCountsAsAChange() {
        Verdict v = new Verdict("a.png", Status.WITHIN_TOLERANCE, 1, List.of(new Score(true, 0)), false, "within the tolerance of 1");
        assertEquals(1, v.differing());
        assertEquals("a.png: differs, RMS 0.0 (from the lock's 8x8 thumbnails); within the tolerance of 1", v.summary());
    }

    @Test
    void identicalAndUnmatchedSayWhatHappened() {
        assertEquals("a.gif: identical", new Verdict("a.gif", Status.IDENTICAL, 3, List.of(), true, "").summary());
        assertEquals("a.svg: not in figures.lock", Verdict.unmatched("a.svg", "not in figures.lock").summary());
    }
}
