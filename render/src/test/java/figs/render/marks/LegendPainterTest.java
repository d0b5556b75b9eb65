package figs.render.marks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import figs.render.layout.Footprint;
import figs.render.layout.PlotArea;
import java.awt.Color;
import java.awt.geom.RoundRectangle2D;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LegendPainterTest {
    private static final PlotArea AREA = PlotArea.of(864, 576, 0.125, 0.9, 0.11, 0.88, 0, 50, 0, 1);
    private static final List<LegendPainter.Entry> ENTRIES = List.of(
            new LegendPainter.Entry("accuracy", Color.BLUE, 1.5), new LegendPainter.Entry("loss", Color.ORANGE, 1.5));
    /** matplotlib's borderaxespad: half the legend's 10 px font. */
    private static final double GAP = 5;

    @ParameterizedTest
    @ValueSource(strings = {"upper left", "upper right", "lower left", "lower right"})
    void legendSitsInsideItsCornerOfTheAxes(String corner) {
        RoundRectangle2D.Double box = LegendPainter.frame(AREA, corner, 10, ENTRIES, new Footprint());
        var axes = AREA.bounds();
        assertTrue(axes.contains(box.getBounds2D()), corner + ": " + box.getBounds2D() + " inside " + axes);
        double horizontalGap = corner.endsWith("left") ? box.x - axes.x : axes.getMaxX() - box.getMaxX();
        double verticalGap = corner.startsWith("upper") ? box.y - axes.y : axes.getMaxY() - box.getMaxY();
        assertEquals(GAP, horizontalGap, 1e-9);
        assertEquals(GAP, verticalGap, 1e-9);
    }

    @ParameterizedTest
    @ValueSource(strings = {"upper left"})
    void frameGrowsWithTheLongestLabel(String corner) {
        double shortBox = LegendPainter.frame(AREA, corner, 10, ENTRIES, new Footprint()).width;
        double longBox = LegendPainter.frame(AREA, corner, 10, List.of(new LegendPainter.Entry("validation accuracy", Color.RED, 1)), new Footprint()).width;
        assertTrue(longBox > shortBox);
    }
}
