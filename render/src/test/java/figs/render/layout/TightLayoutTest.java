package figs.render.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Margins and gaps worked out by hand from the overhangs, as matplotlib's tight_layout adds them up. */
class TightLayoutTest {
    private static final double EPS = 1e-12;

    /**
     * One panel in a 400 x 300 figure reaching 40 left, 5 right, 20 up and 30 down, pad 10: the panel
     * spans 50 .. 385 across and 40 .. 270 from the bottom.
     */
    @Test
    void onePanelGetsItsOverhangsPlusThePad() {
        TightLayout l = TightLayout.fit(400, 300, 1, 1, new Overhang[] {new Overhang(40, 5, 20, 30)}, 10, 0);
        assertEquals(50 / 400.0, l.left(), EPS);
        assertEquals(1 - 15 / 400.0, l.right(), EPS);
        assertEquals(40 / 300.0, l.bottom(), EPS);
        assertEquals(1 - 30 / 300.0, l.top(), EPS);
    }

    /**
     * Two columns: the gap is the right overhang of the first plus the left of the second plus the pad,
     * 5 + 40 + 10 = 55; each panel is (400 - 50 - 15 - 55) / 2 = 140 wide, so wspace = 55 / 140.
     */
    @Test
    void theGapBetweenColumnsFitsBothFacingOverhangs() {
        Overhang o = new Overhang(40, 5, 20, 30);
        TightLayout l = TightLayout.fit(400, 300, 1, 2, new Overhang[] {o, o}, 10, 0);
        assertEquals(55 / 140.0, l.wspace(), EPS);
        assertEquals(0, l.hspace(), EPS);
    }

    @Test
    void aFigureTooSmallForItsTextIsRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> TightLayout.fit(60, 60, 1, 1, new Overhang[] {new Overhang(40, 5, 20, 30)}, 10, 0));
    }
}
