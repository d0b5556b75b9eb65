package figs.math.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import figs.math.optim.Sgd;
import java.util.List;
import org.junit.jupiter.api.Test;

class FormulaTest {
    private static final double EXACT = 1e-12;
    /** Central differences with h = 1e-6 agree with exact derivatives to about h^2 plus rounding / h. */
    private static final double FINITE_DIFFERENCE = 1e-6;
    private static final String PEAKS =
            "3*(1-x)^2*exp(-x^2-(y+1)^2) - 10*(x/5 - x^3 - y^5)*exp(-x^2-y^2) - 1/3*exp(-(x+1)^2-y^2)";

    @Test
    void saddleGradientByHand() {
        double[] vg = Formula.parse("x^2 - y^2", List.of("x", "y")).valueAndGradient(1, -0.001);
        assertEquals(1 - 1e-6, vg[0], EXACT);
        assertEquals(2, vg[1], EXACT);
        assertEquals(0.002, vg[2], EXACT);
    }

    @Test
    void precedenceAndAssociativityFollowMathematics() {
        Formula f = Formula.parse("-2^2 + 2^3^2 / 8 - 1 - 1", List.of());
        assertEquals(-4 + 512 / 8.0 - 2, f.valueAndGradient()[0], EXACT);
        assertEquals(9, Formula.parse("x**2", List.of("x")).valueAndGradient(3)[0], EXACT);
    }

    @Test
    void peaksGradientMatchesFiniteDifferences() {
        Formula f = Formula.parse(PEAKS, List.of("x", "y"));
        for (double[] p : new double[][] {{1, 0}, {-0.5, -1}, {0.3, 1.7}}) {
            double[] vg = f.valueAndGradient(p);
            for (int k = 0; k < 2; k++) assertEquals(centralDifference(f, p, k, new double[0][]), vg[1 + k], FINITE_DIFFERENCE);
        }
    }

    @Test
    void regressionLossOverDataMatchesFiniteDifferences() {
        double[] x = new double[200], y = new double[200];
        for (int i = 0; i < 200; i++) {
            x[i] = -1 + 2.0 * i / 199;
            y[i] = Math.sin(2.5 * Math.cos(1.2 * x[i])) + 0.1 * Math.sin(7 * i);
        }
        double[][] data = {x, y};
        Formula f = Formula.parse("mean((sin(b*cos(a*x_i)) - y_i)^2)", List.of("a", "b"), List.of("x_i", "y_i"));
        double[] p = {-1, -1.5};
        double[] vg = f.valueAndGradient(p, data);
        double expected = 0;
        for (int i = 0; i < 200; i++) expected += Math.pow(Math.sin(-1.5 * Math.cos(-x[i])) - y[i], 2) / 200;
        assertEquals(expected, vg[0], 1e-12);
        for (int k = 0; k < 2; k++) assertEquals(centralDifference(f, p, k, data), vg[1 + k], FINITE_DIFFERENCE);
    }

    @Test
    void maxAndMinFollowTheChosenBranch() {
        Formula relu = Formula.parse("max(0, z)", List.of("z"));
        assertEquals(2, relu.valueAndGradient(2)[0], EXACT);
        assertEquals(1, relu.valueAndGradient(2)[1], EXACT);
        assertEquals(0, relu.valueAndGradient(-3)[0], EXACT);
        assertEquals(0, relu.valueAndGradient(-3)[1], EXACT);
        Formula leaky = Formula.parse("max(0.01*z, z)", List.of("z"));
        assertEquals(-0.05, leaky.valueAndGradient(-5)[0], EXACT);
        assertEquals(0.01, leaky.valueAndGradient(-5)[1], EXACT);
        assertEquals(-2, Formula.parse("min(x, -2)", List.of("x")).valueAndGradient(1)[0], EXACT);
        FormulaException oneArgument = assertThrows(FormulaException.class, () -> Formula.parse("max(z)", List.of("z")));
        assertTrue(oneArgument.getMessage().startsWith("expected ','"), oneArgument.getMessage());
    }

    @Test
    void errorsPointAtTheirColumn() {
        FormulaException unknown = assertThrows(FormulaException.class, () -> Formula.parse("x^2 - z", List.of("x", "y")));
        assertEquals(7, unknown.column());
        assertTrue(unknown.getMessage().startsWith("unknown name 'z'"), unknown.getMessage());
        FormulaException unclosed = assertThrows(FormulaException.class, () -> Formula.parse("exp(x", List.of("x")));
        assertEquals(6, unclosed.column());
        FormulaException stray = assertThrows(FormulaException.class, () -> Formula.parse("x * * y", List.of("x", "y")));
        assertEquals(5, stray.column());
        FormulaException data = assertThrows(FormulaException.class, () -> Formula.parse("a * x_i", List.of("a"), List.of("x_i")));
        assertTrue(data.getMessage().contains("inside mean(...)"), data.getMessage());
        assertThrows(FormulaException.class, () -> Formula.parse("sinh(x)", List.of("x")));
    }

    @Test
    void gradientDescentOnAParabolaShrinksGeometrically() {
        // x' = x - 0.1 * 2x = 0.8 x, recorded before each step.
        List<Descent.Point> path = Descent.run(Formula.parse("x^2", List.of("x")), new double[0][], new double[] {1},
                new Sgd(0.1, 0, false), 4);
        assertEquals(4, path.size());
        for (int s = 0; s < 4; s++) assertEquals(Math.pow(0.8, s), path.get(s).position()[0], 1e-6);
        assertEquals(1, path.getFirst().value(), EXACT);
    }

    private static double centralDifference(Formula f, double[] p, int k, double[][] data) {
        double h = 1e-6;
        double[] up = p.clone(), down = p.clone();
        up[k] += h;
        down[k] -= h;
        return (f.valueAndGradient(up, data)[0] - f.valueAndGradient(down, data)[0]) / (2 * h);
    }
}
