package figs.math.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The samples of FIGURES.md §2 against numpy: np.random.seed(0); np.random.normal(0, 0.1, 3). */
class CurveTest {
    @Test
    void noiseIsNumpysLegacyNormalAndXIsFloat32() {
        Formula f = Formula.parse("sin(b*cos(a*x))", List.of("a", "b", "x"));
        double[][] xy = Curve.sample(f, new double[] {1.2, 2.5}, -1, 1, 200, 0.1, 0);
        double[] numpy = {0.17640523, 0.04001572, 0.0978738};   // np.random.normal(0, 0.1, 3) after seed 0
        for (int i = 0; i < numpy.length; i++) {
            double clean = Math.sin(2.5 * Math.cos(1.2 * xy[0][i]));
            assertEquals(numpy[i], xy[1][i] - clean, 1e-8, "noise of sample " + i);
        }
        assertEquals(-1.0, xy[0][0]);
        assertEquals((float) (-1 + 2.0 * 7 / 199), xy[0][7], 0, "x rounded to float32");
        assertEquals(1.0, xy[0][199]);
    }

    @Test
    void aFormulaWithoutRoomForXIsRefused() {
        Formula f = Formula.parse("a*x", List.of("a", "x"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Curve.sample(f, new double[] {1, 2}, 0, 1, 10, 0, 0));
        assertEquals("a*x takes 1 values besides x, not 2", e.getMessage());
    }
}
