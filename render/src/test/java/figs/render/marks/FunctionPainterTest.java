package figs.render.marks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import figs.math.expr.Formula;
import figs.render.scene.Figure.Mark.Function;
import java.util.List;
import org.junit.jupiter.api.Test;

class FunctionPainterTest {
    private static final double EXACT = 1e-12;

    @Test
    void derivativeCurveIsTheExactDerivative() {
        Function sigmoid = new Function(Formula.parse("1/(1 + exp(-z))", List.of("z")), -10, 10, 101,
                List.of(false, true), List.of("f", "f'"), 1.5);
        double[][] value = FunctionPainter.samples(sigmoid, false);
        double[][] slope = FunctionPainter.samples(sigmoid, true);
        assertEquals(-10, value[0][0], EXACT);
        assertEquals(10, value[0][100], EXACT);
        for (int i = 0; i < 101; i++) {
            double s = value[1][i];
            assertEquals(s * (1 - s), slope[1][i], EXACT, "sigmoid' = s (1 - s) at z = " + value[0][i]);
        }
    }
}
