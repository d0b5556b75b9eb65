package figs.render.axes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TickLabelsTest {
    @Test
    void sharesOneNumberOfDecimalsAndUsesTheMinusSign() {
        assertEquals(List.of("\u22121.5", "\u22121.0", "\u22120.5", "0.0", "0.5", "1.0", "1.5"),
                TickLabels.format(List.of(-1.5, -1.0, -0.5, 0.0, 0.5, 1.0, 1.5)));
    }

    @Test
    void hidesFloatNoise() {
        assertEquals(List.of("0.1", "0.2", "0.3"), TickLabels.format(List.of(0.1, 0.2, 0.1 + 0.2)));
    }

    @Test
    void wholeNumbersHaveNoDecimals() {
        assertEquals(List.of("0", "50", "100"), TickLabels.format(List.of(0.0, 50.0, 100.0)));
    }

    @Test
    void negativeZeroIsZero() {
        assertEquals(List.of("0.0", "0.5"), TickLabels.format(List.of(-0.0, 0.5)));
    }
}
