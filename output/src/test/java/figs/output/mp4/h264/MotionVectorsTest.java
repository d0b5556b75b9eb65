package figs.output.mp4.h264;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The skip and median predictions of 8.4.1.1 and 8.4.1.3, case by case, on a 4 x 3 macroblock picture. */
class MotionVectorsTest {
    private final MotionVectors mv = new MotionVectors(4, 3);

    MotionVectorsTest() {
        mv.clear();
    }

    private static String v(long packed) {
        return MotionVectors.x(packed) + "," + MotionVectors.y(packed);
    }

    @Test
    void skipIsZeroWhenTheLeftOrUpperMacroblockIsOutsideThePicture() {
        for (int x = 0; x < 4; x++) mv.inter(x, 0, 8, 4);
        mv.inter(0, 1, 8, 4);
        assertEquals("0,0", v(mv.skip(0, 2)), "left outside");
        assertEquals("0,0", v(mv.skip(2, 0)), "upper outside");
        assertEquals("8,4", v(mv.skip(1, 1)), "both inside and moving: the median");
    }

    @Test
    void skipIsZeroWhenANeighbourStandsStillWithReferenceZero() {
        mv.inter(1, 0, 8, 4);
        mv.inter(2, 0, 8, 4);
        mv.inter(0, 1, 0, 0);
        assertEquals("0,0", v(mv.skip(1, 1)), "left still");
        mv.inter(0, 1, 8, 4);
        mv.inter(1, 0, 0, 0);
        assertEquals("0,0", v(mv.skip(1, 1)), "upper still");
    }

    @Test
    void anIntraNeighbourIsNotAStillOne() {
        // A intra (reference -1), B and C moving: no zero rule; two neighbours use reference 0, so the median of (0, 8, 8).
        mv.intra(0, 1);
        mv.inter(1, 0, 8, -4);
        mv.inter(2, 0, 8, -4);
        assertEquals("8,-4", v(mv.skip(1, 1)));
    }

    @Test
    void exactlyOneNeighbourWithReferenceZeroGivesItsVector() {
        mv.intra(0, 1);
        mv.intra(1, 0);
        mv.inter(2, 0, 12, -8);
        assertEquals("12,-8", v(mv.median(1, 1)));
        assertEquals("12,-8", v(mv.skip(1, 1)));
    }

    @Test
    void theUpperLeftStandsInForAnUpperRightOutsideThePicture() {
        mv.inter(2, 0, 4, 4);
        mv.inter(3, 0, 8, 8);
        mv.inter(2, 1, 16, 0);
        // Last column: C is outside, D = (2, 0). Median of A (16, 0), B (8, 8), D (4, 4).
        assertEquals("8,4", v(mv.median(3, 1)));
    }

    @Test
    void onTheFirstRowTheLeftVectorIsThePrediction() {
        mv.inter(0, 0, -12, 20);
        assertEquals("-12,20", v(mv.median(1, 0)));
        assertEquals("0,0", v(mv.skip(1, 0)), "a skip there stands still all the same");
    }

    @Test
    void medianIsComponentWise() {
        mv.inter(0, 1, 4, 40);
        mv.inter(1, 0, 20, 0);
        mv.inter(2, 0, 8, 12);
        assertEquals("8,12", v(mv.median(1, 1)));
    }
}
