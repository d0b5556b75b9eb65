package figs.render.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.geom.Rectangle2D;
import org.junit.jupiter.api.Test;

class PlotAreaTest {
    private static final double PIXEL = 1e-9;

    /** matplotlib's defaults on a 720 px square: the axes span x 90..648 and y 86.4..640.8. */
    @Test
    void singlePanelUsesTheSubplotFractions() {
        Rectangle2D.Double b = PlotArea.of(720, 720, 0.125, 0.9, 0.11, 0.88, 0, 1, 0, 1).bounds();
        assertEquals(90, b.x, PIXEL);
        assertEquals(648, b.getMaxX(), PIXEL);
        assertEquals(86.4, b.y, PIXEL);
        assertEquals(640.8, b.getMaxY(), PIXEL);
    }

    /**
     * GridSpec with 4 rows and hspace 0.35 on 1000 px of height between top 0.9 and bottom 0.1: a cell is
     * 800 / (4 + 3 * 0.35) = 158.416 px tall and the gaps 0.35 of that; the last cell ends at the bottom.
     */
    @Test
    void gridCellsShareTheBoxWithGapsAsMatplotlibsGridSpec() {
        double cell = 800 / (4 + 3 * 0.35);
        for (int row = 0; row < 4; row++) {
            Rectangle2D.Double b = PlotArea.cell(500, 1000, 0.1, 0.9, 0.1, 0.9, 4, 1, row, 0, 0.2, 0.35, 0, 1, 0, 1).bounds();
            assertEquals(100 + row * cell * 1.35, b.y, PIXEL);
            assertEquals(cell, b.height, PIXEL);
            assertEquals(400, b.width, PIXEL);
        }
        assertEquals(900, PlotArea.cell(500, 1000, 0.1, 0.9, 0.1, 0.9, 4, 1, 3, 0, 0.2, 0.35, 0, 1, 0, 1).bounds().getMaxY(), PIXEL);
    }
}
