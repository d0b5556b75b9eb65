package figs.render.color;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.Color;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * viridis sampled as matplotlib samples it. Expected values: matplotlib's {@code _viridis_data}
 * (lib/matplotlib/_cm_listed.py) at the entry {@code floor(256 x)} that {@code Colormap.__call__}
 * picks, and the widely quoted hex colours of {@code matplotlib.cm.viridis(np.linspace(0, 1, 5))}
 * ({@code #440154 #3b528b #21918c #5ec962 #fde725}).
 */
class ViridisTest {
    private static final double TOLERANCE = 1e-12;
    private final Colormap viridis = Colormaps.named("viridis").orElseThrow();

    @ParameterizedTest(name = "viridis({0}) = entry {1}")
    @CsvSource({
        "0.0,   0, 0.267004, 0.004874, 0.329415",
        "0.25, 64, 0.229739, 0.322361, 0.545706",
        "0.5, 128, 0.127568, 0.566949, 0.550556",
        "0.75,192, 0.369214, 0.788888, 0.382914",
        "0.999,255, 0.993248, 0.906157, 0.143936",
        "1.0, 255, 0.993248, 0.906157, 0.143936",
        // 0.3 * 256 = 76.8: entry 76, not the 76.5 that interpolating at 0.3 * 255 would suggest.
        "0.3,  76, 0.206756, 0.371758, 0.553117",
    })
    void sampleIsTheListedEntryMatplotlibPicks(double x, int entry, double r, double g, double b) {
        assertArrayEquals(new double[] {r, g, b}, viridis.rgb(x), TOLERANCE, "entry " + entry);
    }

    @ParameterizedTest(name = "viridis({0}) = {1}")
    @CsvSource({"0.0, 440154", "0.25, 3b528b", "0.5, 21918c", "0.75, 5ec962", "1.0, fde725"})
    void eightBitColoursAreMatplotlibsQuotedHex(double x, String hex) {
        assertEquals(new Color(Integer.parseInt(hex, 16)), viridis.color(x, 1));
    }
}
