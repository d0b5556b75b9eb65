package figs.render.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class LegendPlacementTest {
    /** Axes 400 x 300 px at the origin; legend 100 x 50 px set in matplotlib's 0.5 em = 5 px. */
    private static final Rectangle2D.Double AXES = new Rectangle2D.Double(0, 0, 400, 300);
    private static final double WIDTH = 100;
    private static final double HEIGHT = 50;
    private static final double PAD = 5;
    /** Lattice spacing: points at 2.5 + 5k never fall on a box edge (all multiples of 5), so counts are exact. */
    private static final double STEP = 5;

    static Stream<String> locations() {
        return LegendPlacement.LOCATIONS.stream();
    }

    @ParameterizedTest
    @MethodSource("locations")
    void everyLocationLiesInsideTheAxesSetInByThePad(String location) {
        Rectangle2D.Double box = LegendPlacement.at(location, AXES, WIDTH, HEIGHT, PAD);
        assertTrue(AXES.contains(box), location + ": " + box);
        double gap = Math.min(Math.min(box.x - AXES.x, AXES.getMaxX() - box.getMaxX()),
                Math.min(box.y - AXES.y, AXES.getMaxY() - box.getMaxY()));
        assertTrue(gap >= PAD - 1e-9, location + " keeps at least the pad from every edge");
    }

    @Test
    void withNothingDrawnBestIsMatplotlibsFirstChoiceUpperRight() {
        assertEquals("upper right", LegendPlacement.best(new Footprint(), AXES, WIDTH, HEIGHT, PAD));
    }

    @Test
    void bestPicksTheOnlyEmptyCorner() {
        Footprint drawn = new Footprint();
        Rectangle2D.Double lowerLeft = LegendPlacement.at("lower left", AXES, WIDTH, HEIGHT, PAD);
        lattice(drawn, (x, y) -> !lowerLeft.contains(x, y));
        String best = LegendPlacement.best(drawn, AXES, WIDTH, HEIGHT, PAD);
        assertEquals("lower left", best);
        assertTrue(AXES.contains(LegendPlacement.at(best, AXES, WIDTH, HEIGHT, PAD)));
    }

    @Test
    void equallyCoveredLocationsGoInMatplotlibsOrderAndOnePointLessWins() {
        Footprint uniform = new Footprint();
        lattice(uniform, (x, y) -> true);
        assertEquals("upper right", LegendPlacement.best(uniform, AXES, WIDTH, HEIGHT, PAD), "a tie goes to the first location");
        Footprint thinner = new Footprint();
        lattice(thinner, (x, y) -> !(x == 52.5 && y == 27.5)); // one point fewer inside upper left
        assertEquals("upper left", LegendPlacement.best(thinner, AXES, WIDTH, HEIGHT, PAD));
    }

    @Test
    void aLineCountsItsVerticesInsideAndOnceForPassingThrough() {
        Footprint drawn = new Footprint();
        Path2D.Double diagonal = new Path2D.Double();
        diagonal.moveTo(0, 300);  // one long segment through the centre box, no vertex in it
        diagonal.lineTo(400, 0);
        drawn.addLine(diagonal);
        assertEquals(1, LegendPlacement.badness(drawn, LegendPlacement.at("center", AXES, WIDTH, HEIGHT, PAD)));
        Path2D.Double inside = new Path2D.Double();
        inside.moveTo(160, 140);
        inside.lineTo(170, 150);
        inside.lineTo(180, 140);
        drawn.addLine(inside);
        assertEquals(1 + 3 + 1, LegendPlacement.badness(drawn, LegendPlacement.at("center", AXES, WIDTH, HEIGHT, PAD)));
        assertEquals(0, LegendPlacement.badness(drawn, LegendPlacement.at("upper left", AXES, WIDTH, HEIGHT, PAD)));
    }

    @Test
    void aRisingCurveSendsTheLegendBelowIt() {
        // An accuracy-like curve: climbs from the lower left and runs along the top.
        Footprint drawn = new Footprint();
        Path2D.Double curve = new Path2D.Double();
        for (int i = 0; i <= 100; i++) {
            double x = 4 * i, y = 300 - 290 * (1 - Math.exp(-i / 10.0));
            if (i == 0) curve.moveTo(x, y); else curve.lineTo(x, y);
        }
        drawn.addLine(curve);
        assertEquals("lower right", LegendPlacement.best(drawn, AXES, WIDTH, HEIGHT, PAD));
    }

    private interface Keep {
        boolean test(double x, double y);
    }

    private static void lattice(Footprint drawn, Keep keep) {
        for (double x = STEP / 2; x < AXES.width; x += STEP) {
            for (double y = STEP / 2; y < AXES.height; y += STEP) if (keep.test(x, y)) drawn.addPoint(x, y);
        }
    }
}
