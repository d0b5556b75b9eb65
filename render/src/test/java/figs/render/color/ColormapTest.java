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
    void rainbowIsGnuplotsPaletteFunctions() {
        Colormap rainbow = Colormaps.named("rainbow").orElseThrow();
        assertArrayEquals(new double[] {0.5, 0, 1}, rainbow.rgb(0), TOLERANCE);
        double x = 128 / 255.0; // entry 128
        assertArrayEquals(new double[] {Math.abs(2 * x - 0.5), Math.sin(Math.PI * x), Math.cos(Math.PI * x / 2)},
                rainbow.rgb(0.5), TOLERANCE);
        assertArrayEquals(new double[] {1, Math.sin(Math.PI), Math.cos(Math.PI / 2)}, rainbow.rgb(1), TOLERANCE);
    }

    @Test
    void divergingAndGreyMapsStartAndEndOnTheirPublishedColours() {
        assertArrayEquals(new double[] {0.2298057, 0.298717966, 0.753683153}, Colormaps.named("coolwarm").orElseThrow().rgb(0), TOLERANCE);
        assertArrayEquals(new double[] {0.705673158, 0.01555616, 0.150232812}, Colormaps.named("coolwarm").orElseThrow().rgb(1), TOLERANCE);
        assertArrayEquals(new double[] {103 / 255.0, 0, 31 / 255.0}, Colormaps.named("RdBu").orElseThrow().rgb(0), TOLERANCE);
        assertArrayEquals(new double[] {1, 1, 1}, Colormaps.named("Greys").orElseThrow().rgb(0), TOLERANCE);
        assertArrayEquals(new double[] {0, 0, 0}, Colormaps.named("Greys").orElseThrow().rgb(1), TOLERANCE);
    }

    @Test
    void namesAreCaseInsensitive() {
        assertEquals("Spectral", Colormaps.named("spectral").orElseThrow().name());
    }
}
