package figs.render.contour;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Path2D;
import java.awt.geom.PathIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleBinaryOperator;
import org.junit.jupiter.api.Test;

class IsoLinesTest {
    /** Node spacing of the 201-node grids over [-1, 1]. */
    private static final double H = 0.01;
    /**
     * 1 - r is linear along no grid edge, so a crossing found by linear interpolation is off the true
     * circle by at most about h^2 / (2 r) (the sagitta of the curve over one cell).
     */
    private static double onCircle(double r) {
        return H * H / (2 * r);
    }

    /** The polygon's perimeter falls short of the circle's by O((h / r)^2): under 1e-4 of it here. */
    private static final double PERIMETER_RELATIVE = 1e-4;
    /** Values are stored as float, so a straight iso-line is exact only to float precision. */
    private static final double EXACT = 1e-6;

    @Test
    void isoLineOfARadialFunctionIsOneClosedCircleOfTheRightRadius() {
        ScalarGrid g = grid(201, -1, 1, (x, y) -> 1 - Math.hypot(x, y));
        List<List<double[]>> pieces = pieces(new IsoLines(g).at(0.5));
        assertEquals(1, pieces.size(), "one loop");
        double length = 0;
        List<double[]> loop = pieces.getFirst();
        for (int i = 0; i < loop.size(); i++) {
            double[] p = loop.get(i), q = loop.get((i + 1) % loop.size());
            assertEquals(0.5, Math.hypot(p[0], p[1]), onCircle(0.5), "vertex " + i + " on the circle r = 0.5");
            length += Math.hypot(q[0] - p[0], q[1] - p[1]);
        }
        assertEquals(Math.PI, length, Math.PI * PERIMETER_RELATIVE, "circumference 2 pi r");
        assertTrue(closed(new IsoLines(g).at(0.5)), "the loop is closed");
    }

    @Test
    void twoLevelsOfAConeAreConcentricCircles() {
        ScalarGrid g = grid(201, -1, 1, (x, y) -> 1 - Math.hypot(x, y));
        for (double r : new double[] {0.2, 0.8}) {
            for (double[] p : pieces(new IsoLines(g).at(1 - r)).getFirst()) assertEquals(r, Math.hypot(p[0], p[1]), onCircle(r));
        }
    }

    @Test
    void lineAcrossTheDomainIsOpenAndEndsOnTheBorder() {
        ScalarGrid g = grid(11, 0, 1, (x, y) -> x);
        Path2D.Double path = new IsoLines(g).at(0.25);
        List<List<double[]>> pieces = pieces(path);
        assertEquals(1, pieces.size());
        assertTrue(!closed(path), "a line that meets the border is not closed");
        List<double[]> line = pieces.getFirst();
        for (double[] p : line) assertEquals(0.25, p[0], EXACT);
        assertEquals(11, line.size(), "one vertex per row of nodes");
        double ends = Math.min(line.getFirst()[1], line.getLast()[1]) + Math.max(line.getFirst()[1], line.getLast()[1]);
        assertEquals(1, ends, EXACT, "from y = 0 to y = 1");
    }

    @Test
    void levelOutsideTheValuesDrawsNothing() {
        ScalarGrid g = grid(11, 0, 1, (x, y) -> x * y);
        assertTrue(pieces(new IsoLines(g).at(2)).isEmpty());
        assertTrue(pieces(new IsoLines(g).at(-1)).isEmpty());
    }

    @Test
    void saddleIsResolvedLikeTheFilledRegions() {
        // Corners (0,0) and (1,1) at 1, the others at 0: the centre mean is 0.5.
        ScalarGrid g = new ScalarGrid(new double[] {0, 1}, new double[] {0, 1}, new float[] {1, 0, 0, 1});
        for (double level : new double[] {0.4, 0.6}) {
            Path2D.Double region = new SuperlevelSet(g).above(level);
            for (List<double[]> piece : pieces(new IsoLines(g).at(level))) {
                double[] a = piece.getFirst(), b = piece.getLast();
                double[] middle = {(a[0] + b[0]) / 2, (a[1] + b[1]) / 2};
                // Just off the line toward the centre: inside the region exactly when the centre is joined.
                double[] nudged = {middle[0] + 0.01 * (0.5 - middle[0]), middle[1] + 0.01 * (0.5 - middle[1])};
                assertEquals(level < 0.5, region.contains(nudged[0], nudged[1]), "level " + level);
            }
            assertEquals(2, pieces(new IsoLines(g).at(level)).size());
        }
    }

    private static boolean closed(Path2D.Double path) {
        double[] c = new double[6];
        for (PathIterator it = path.getPathIterator(null); !it.isDone(); it.next()) {
            if (it.currentSegment(c) == PathIterator.SEG_CLOSE) return true;
        }
        return false;
    }

    /** The path's polylines, each as its vertices. */
    private static List<List<double[]>> pieces(Path2D.Double path) {
        List<List<double[]>> out = new ArrayList<>();
        double[] c = new double[6];
        for (PathIterator it = path.getPathIterator(null); !it.isDone(); it.next()) {
            int type = it.currentSegment(c);
            if (type == PathIterator.SEG_MOVETO) out.add(new ArrayList<>());
            if (type == PathIterator.SEG_MOVETO || type == PathIterator.SEG_LINETO) out.getLast().add(new double[] {c[0], c[1]});
        }
        return out;
    }

    private static ScalarGrid grid(int n, double lo, double hi, DoubleBinaryOperator f) {
        return SampledGrids.of(n, lo, hi, f);
    }
}
