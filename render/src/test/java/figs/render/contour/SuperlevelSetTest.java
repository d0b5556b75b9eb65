package figs.render.contour;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Area;
import java.awt.geom.Path2D;
import java.awt.geom.PathIterator;
import java.util.function.DoubleBinaryOperator;
import org.junit.jupiter.api.Test;

class SuperlevelSetTest {
    /** Linear interpolation cuts the chords of a circle: on a 201-node grid the area is within 0.1 %. */
    private static final double CURVED_RELATIVE = 1e-3;
    /** Values are stored as float, so a straight iso-line is exact only to float precision. */
    private static final double EXACT = 1e-6;

    @Test
    void discAreaMatchesPiRSquared() {
        ScalarGrid g = grid(201, -1, 1, (x, y) -> 1 - Math.hypot(x, y));
        double area = area(new SuperlevelSet(g).above(0.5));
        assertEquals(Math.PI * 0.25, area, Math.PI * 0.25 * CURVED_RELATIVE);
    }

    @Test
    void annulusHasItsHoleByTheEvenOddRule() {
        ScalarGrid g = grid(201, -1, 1, (x, y) -> -Math.abs(Math.hypot(x, y) - 0.6));
        double expected = Math.PI * (0.8 * 0.8 - 0.4 * 0.4);
        assertEquals(expected, area(new SuperlevelSet(g).above(-0.2)), expected * CURVED_RELATIVE);
    }

    @Test
    void regionTouchingTheBorderIsClosedAlongIt() {
        ScalarGrid g = grid(11, 0, 1, (x, y) -> x);
        assertEquals(0.75, area(new SuperlevelSet(g).above(0.25)), EXACT);
    }

    @Test
    void levelAboveEverythingIsEmptyAndBelowEverythingIsTheDomain() {
        ScalarGrid g = grid(11, 0, 2, (x, y) -> x * y);
        assertEquals(0, area(new SuperlevelSet(g).above(10)), EXACT);
        assertEquals(4, area(new SuperlevelSet(g).above(-1)), EXACT);
    }

    @Test
    void saddleJoinsTheHighCornersWhenTheCentreIsHigh() {
        // Corners (0,0) and (1,1) at 1, the others at 0: the centre mean is 0.5.
        ScalarGrid g = new ScalarGrid(new double[] {0, 1}, new double[] {0, 1}, new float[] {1, 0, 0, 1});
        Path2D.Double joined = new SuperlevelSet(g).above(0.4);
        assertTrue(joined.contains(0.5, 0.5), "centre above 0.4 belongs to the region");
        Path2D.Double apart = new SuperlevelSet(g).above(0.6);
        assertTrue(!apart.contains(0.5, 0.5) && apart.contains(0.1, 0.1) && apart.contains(0.9, 0.9));
    }

    private static ScalarGrid grid(int n, double lo, double hi, DoubleBinaryOperator f) {
        return SampledGrids.of(n, lo, hi, f);
    }

    /** Area of the region as the even-odd rule fills it: java.awt.geom.Area resolves it to simple outlines. */
    static double area(Path2D.Double path) {
        double total = 0, x0 = 0, y0 = 0, px = 0, py = 0;
        double[] p = new double[6];
        for (PathIterator it = new Area(path).getPathIterator(null); !it.isDone(); it.next()) {
            switch (it.currentSegment(p)) {
                case PathIterator.SEG_MOVETO -> { x0 = px = p[0]; y0 = py = p[1]; }
                case PathIterator.SEG_LINETO -> { total += px * p[1] - p[0] * py; px = p[0]; py = p[1]; }
                case PathIterator.SEG_CLOSE -> { total += px * y0 - x0 * py; px = x0; py = y0; }
                default -> throw new AssertionError("only straight segments expected");
            }
        }
        return Math.abs(total / 2);
    }
}
