package figs.render.color;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.Color;
import org.junit.jupiter.api.Test;

/**
 * Expected values follow matplotlib's Colormap semantics applied to the published Spectral control
 * points (ColorBrewer): a 256-entry table, x picks entry floor(256 x).
 */
class ColormapTest {
    private static final double TOLERANCE = 1e-9;
    private final Colormap spectral = Colormaps.named("Spectral").orElseThrow();

    @Test
    void endsAreTheFirstAndLastControlColours() {
        assertArrayEquals(new double[] {158 / 255.0, 1 / 255.0, 66 / 255.0}, spectral.rgb(0), TOLERANCE);
        assertArrayEquals(new double[] {94 / 255.0, 79 / 255.0, 162 / 255.0}, spectral.rgb(1), TOLERANCE);
    }

    @Test
    void middleIsEntry128InterpolatedBetweenControls5And6() {
        // Entry 128 sits at 128/255 of the way, i.e. 5 + 10*128/255 - 5 = 0.0196... past control 5 (255,255,191).
        double t = 10 * 128 / 255.0 - 5;
        double[] expected = {
            1 + t * (230 / 255.0 - 1), 1 + t * (245 / 255.0 - 1), 191 / 255.0 + t * (152 / 255.0 - 191 / 255.0)};
        assertArrayEquals(expected, spectral.rgb(0.5), TOLERANCE);
        assertEquals(0.998077662437524, spectral.rgb(0.5)[0], 1e-12, "matplotlib: cm.Spectral(0.5)[0]");
    }

    @Test
    void valuesOutsideTheUnitIntervalAreClipped() {
        assertArrayEquals(spectral.rgb(0), spectral.rgb(-3), 0);
        assertArrayEquals(spectral.rgb(1), spectral.rgb(7), 0);
    }

    @Test
    void colourRoundsToEightBitsLikeAgg() {
        assertEquals(new Color(158, 1, 66, 179), spectral.color(0, 0.7));
    }

    @Test
    void namesAreCaseInsensitive() {
        assertEquals("Spectral", Colormaps.named("spectral").orElseThrow().name());
    }
}
