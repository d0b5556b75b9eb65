package figs.render.run;

import figs.math.expr.Descent;
import figs.render.contour.ScalarGrid;
import java.util.List;

/**
 * A computed descent: where it stood before each step and the formula's value there, and the formula
 * sampled on its surface grid (null when the run asks for none).
 */
public record DescentResult(List<Descent.Point> path, ScalarGrid surface) {
    public DescentResult {
        path = List.copyOf(path);
    }
}
