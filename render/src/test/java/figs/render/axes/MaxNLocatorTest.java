package figs.render.axes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Expected ticks are what matplotlib 3.x's AutoLocator (MaxNLocator, steps 1-2-2.5-5-10) gives. */
class MaxNLocatorTest {
    private static final double TOLERANCE = 1e-12;

    @ParameterizedTest(name = "[{0}, {1}] with {2} bins -> {3}")
    @CsvSource(delimiter = ';', value = {
        "-1.5; 1.5; 9; -1.5 -1.0 -0.5 0.0 0.5 1.0 1.5",
        "0; 1; 9; 0.0 0.2 0.4 0.6 0.8 1.0",
        "0; 50; 9; 0 10 20 30 40 50",
        "0; 300; 9; 0 50 100 150 200 250 300",
        "-10; 10; 9; -10 -7.5 -5 -2.5 0 2.5 5 7.5 10",
        "-5; 5; 9; -4 -2 0 2 4",
        "0.37; 0.91; 9; 0.4 0.5 0.6 0.7 0.8 0.9",
        "1000; 1010; 5; 1000 1002 1004 1006 1008 1010",
        "0; 1000; 9; 0 200 400 600 800 1000",
    })
    void choosesMatplotlibsTicks(double vmin, double vmax, int bins, String expected) {
        List<Double> ticks = new MaxNLocator(bins).ticks(vmin, vmax);
        String[] want = expected.split(" ");
        assertEquals(want.length, ticks.size(), () -> "ticks " + ticks);
        for (int i = 0; i < want.length; i++) assertEquals(Double.parseDouble(want[i]), ticks.get(i), TOLERANCE);
    }

    @ParameterizedTest(name = "axis of {0} px, labels {1} px -> {2} bins")
    @CsvSource({"558, 11, 9", "100, 11, 3", "20, 11, 1"})
    void autoBinsFollowTheAxisLength(double length, double font, int bins) {
        MaxNLocator auto = MaxNLocator.auto(length, font);
        assertEquals(new MaxNLocator(bins).ticks(0, 1), auto.ticks(0, 1));
    }
}
