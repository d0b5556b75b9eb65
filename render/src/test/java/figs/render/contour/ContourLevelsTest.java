package figs.render.contour;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ContourLevelsTest {
    private static final double TOLERANCE = 1e-12;

    /** matplotlib: contourf(z) with z in [0.13, 0.87] uses MaxNLocator(8): step 0.1, from 0.1 to 0.9. */
    @Test
    void autoLevelsCoverTheDataWithNiceSteps() {
        double[] expected = {0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9};
        assertArrayEquals(expected, ContourLevels.auto(7, 0.13, 0.87).levels(), TOLERANCE);
    }

    @Test
    void autoLevelsAreTrimmedToOneBelowTheMinimumAndOneAboveTheMaximum() {
        ContourLevels levels = ContourLevels.auto(7, 0.41, 0.58);
        assertEquals(0.40, levels.level(0), TOLERANCE);
        assertEquals(0.60, levels.level(levels.bands()), TOLERANCE);
    }

    @Test
    void bandColourIsItsMiddleScaledOverTheLevels() {
        ContourLevels levels = new ContourLevels(new double[] {0, 0.5, 1});
        assertEquals(0.25, levels.colorPosition(0), TOLERANCE);
        assertEquals(0.75, levels.colorPosition(1), TOLERANCE);
    }
}
