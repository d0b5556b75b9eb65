package figs.math.expr;

import figs.math.optim.Optimizer;
import figs.math.optim.Update;
import java.util.ArrayList;
import java.util.List;

/**
 * Steps an optimizer down a {@link Formula}, recording where it stands and the formula's value before
 * every step, as the gradient-descent figures draw their paths. Parameters are float32, as Keras
 * trains, and move by the same {@link Optimizer} rules as network weights.
 */
public final class Descent {
    /** Where the descent stood before a step, and the formula's value there. */
    public record Point(double[] position, double value) {
        public Point {
            position = position.clone();
        }
    }

    private Descent() {}

    public static List<Point> run(Formula formula, double[][] data, double[] start, Optimizer rule, int steps) {
        if (steps < 0) throw new IllegalArgumentException("steps must be 0 or more, not " + steps);
        float[] position = new float[start.length];
        for (int i = 0; i < start.length; i++) position[i] = (float) start[i];
        float[] gradient = new float[start.length];
        Update update = new Update(rule, List.of(position), List.of(gradient));
        List<Point> path = new ArrayList<>(steps);
        double[] at = new double[start.length];
        for (int s = 0; s < steps; s++) {
            for (int i = 0; i < at.length; i++) at[i] = position[i];
            double[] vg = formula.valueAndGradient(at, data);
            path.add(new Point(at, vg[0]));
            for (int i = 0; i < gradient.length; i++) gradient[i] = (float) vg[1 + i];
            update.apply();
        }
        return path;
    }
}
