package figs.render.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import figs.render.layout.PlotArea;
import figs.render.marks.AxesPainter;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

/** What each theme paints around the data: face, grid, spines and tick marks, read back from pixels. */
class ThemePaintingTest {
    private static final int SIZE = 200;
    /**
     * Axes from 40 to 160 px each way, data 0..10: 120 px hold four bins of labels, so ticks every 2.5
     * units fall at 40, 70, 100, 130 and 160 px on both axes.
     */
    private static final PlotArea AREA = PlotArea.of(SIZE, SIZE, 0.2, 0.8, 0.2, 0.8, 0, 10, 0, 10);
    private static final int EDGE_LOW = 40;
    private static final int EDGE_HIGH = 160;
    private static final int TICK = 100;   // the data value 5
    /** A height between the horizontal grid lines at 70 and 100 px, where only a vertical line can show. */
    private static final int BETWEEN = 85;
    /** Anti-aliasing spreads a 0.8 px line over two pixels: a line is "there" when a pixel moves this far. */
    private static final int VISIBLE = 60;

    @Test
    void whitegridHasGridAndAFullBoxButNoTickMarks() {
        BufferedImage image = paint(Themes.WHITEGRID);
        assertTrue(differs(image, TICK, BETWEEN, Color.WHITE), "a grid line crosses the axes at x = 5");
        assertTrue(differs(image, EDGE_HIGH, BETWEEN, Color.WHITE), "right spine");
        assertTrue(differs(image, BETWEEN, EDGE_LOW, Color.WHITE), "top spine");
        assertEquals(Color.WHITE.getRGB(), image.getRGB(TICK, EDGE_HIGH + 3), "no tick mark below the axes");
    }

    @Test
    void darkIsBlackWithWhiteSpinesAndTicksAndNoGrid() {
        BufferedImage image = paint(Themes.DARK);
        assertEquals(Color.BLACK.getRGB(), image.getRGB(5, 5), "figure background");
        assertEquals(Color.BLACK.getRGB(), image.getRGB(TICK, BETWEEN), "no grid in the black axes");
        assertTrue(differs(image, EDGE_LOW, BETWEEN, Color.BLACK), "white left spine");
        assertTrue(differs(image, EDGE_HIGH, BETWEEN, Color.BLACK), "white right spine");
        assertTrue(differs(image, TICK, EDGE_HIGH + 2, Color.BLACK), "a 3.5 px tick mark below the axes");
    }

    @Test
    void paperHasOnlyLeftAndBottomSpinesWithOutwardTicks() {
        BufferedImage image = paint(Themes.PAPER);
        assertTrue(differs(image, EDGE_LOW, BETWEEN, Color.WHITE), "left spine");
        assertTrue(differs(image, BETWEEN, EDGE_HIGH, Color.WHITE), "bottom spine");
        assertEquals(Color.WHITE.getRGB(), image.getRGB(EDGE_HIGH, BETWEEN), "no right spine");
        assertEquals(Color.WHITE.getRGB(), image.getRGB(BETWEEN, EDGE_LOW), "no top spine");
        assertEquals(Color.WHITE.getRGB(), image.getRGB(TICK, BETWEEN), "no grid");
        assertTrue(differs(image, TICK, EDGE_HIGH + 2, Color.WHITE), "a tick mark below the axes");
        assertTrue(differs(image, EDGE_LOW - 2, 130, Color.WHITE), "a tick mark left of the axes at y = 2.5");
    }

    private static BufferedImage paint(Theme theme) {
        BufferedImage image = new BufferedImage(SIZE, SIZE, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(theme.figureBackground());
        g.fillRect(0, 0, SIZE, SIZE);
        AxesPainter axes = new AxesPainter(theme, AREA);
        axes.paintFace(g);
        axes.paintGrid(g, 1);
        axes.paintSpines(g);
        g.dispose();
        return image;
    }

    /** Whether some pixel within one of (x, y) differs clearly from {@code background}, wherever AA put the line. */
    private static boolean differs(BufferedImage image, int x, int y, Color background) {
        for (int dx = -1; dx <= 1; dx++) {
            for (int dy = -1; dy <= 1; dy++) {
                Color c = new Color(image.getRGB(x + dx, y + dy));
                int d = Math.abs(c.getRed() - background.getRed()) + Math.abs(c.getGreen() - background.getGreen())
                        + Math.abs(c.getBlue() - background.getBlue());
                if (d >= VISIBLE) return true;
            }
        }
        return false;
    }
}
