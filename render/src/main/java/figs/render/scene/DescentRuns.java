package figs.render.scene;

import figs.math.expr.Formula;
import figs.math.expr.FormulaException;
import figs.math.train.Grid;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Validates the runs of the formula figures: regression samples ({@code curve}) and {@code descent}s. */
final class DescentRuns {
    /** The data columns a curve run offers a descent's formula. */
    static final List<String> CURVE_COLUMNS = List.of("x_i", "y_i");

    private final SceneValidator v;

    DescentRuns(SceneValidator validator) {
        this.v = validator;
    }

    Run.Curve curve(String name, RunSpec.Curve c) throws SceneError {
        String at = "/runs/" + name;
        Map<String, Double> params = SceneValidator.or(c.params(), Map.of());
        List<String> names = new ArrayList<>(params.keySet());
        names.add("x");
        Formula formula = formula(v.require(c.formula(), at + "/formula", "a formula of x, such as sin(b*cos(a*x))"), names,
                List.of(), at + "/formula");
        double[] values = new double[params.size()];
        int k = 0;
        for (var entry : params.entrySet()) {
            values[k++] = v.between(v.require(entry.getValue(), at + "/params/" + entry.getKey(), "a number"),
                    -Double.MAX_VALUE, Double.MAX_VALUE, true, at + "/params/" + entry.getKey());
        }
        double[] x = v.interval(v.require(c.x(), at + "/x", "[min, max]"), at + "/x");
        return new Run.Curve(name, formula, values, x[0], x[1],
                v.between(SceneValidator.or(c.samples(), Defaults.SAMPLES), 2, Defaults.MAX_SAMPLES, at + "/samples"),
                v.between(SceneValidator.or(c.noise(), 0.0), 0, Double.MAX_VALUE, true, at + "/noise"),
                v.nonNegative(SceneValidator.or(c.seed(), 0L), at + "/seed"));
    }

    Run.Descent descent(String name, RunSpec.Descent d, Map<String, Run> runs) throws SceneError {
        String at = "/runs/" + name;
        Map<String, Double> start = v.require(d.start(), at + "/start", "where the descent starts, e.g. {a: -1, b: -1.5}");
        if (start.isEmpty()) throw v.error(at + "/start", Messages.outOfRange("start", "empty", "at least one parameter"));
        String data = d.data();
        if (data != null && !(runs.get(data) instanceof Run.Curve)) {
            throw v.error(at + "/data", Messages.unknownRun("data", data, "curve", SceneValidator.namesOf(runs, Run.Curve.class)));
        }
        List<String> parameters = List.copyOf(start.keySet());
        Formula formula = formula(v.require(d.formula(), at + "/formula", "the objective, e.g. x^2 - y^2"), parameters,
                data == null ? List.of() : CURVE_COLUMNS, at + "/formula");
        double[] from = new double[parameters.size()];
        for (int i = 0; i < from.length; i++) {
            String key = at + "/start/" + parameters.get(i);
            from[i] = v.between(v.require(start.get(parameters.get(i)), key, "a number"), -Double.MAX_VALUE, Double.MAX_VALUE, true, key);
        }
        Grid surface = d.surface() == null ? null : surface(d.surface(), parameters, at + "/surface");
        return new Run.Descent(name, formula, data, from, v.optimizer(d.optimizer(), at + "/optimizer"),
                v.between(v.require(d.steps(), at + "/steps", "how many steps to take"), 1, Defaults.MAX_STEPS, at + "/steps"),
                surface);
    }

    /** The formula sampled over the first two parameters: x is the first, y the second. */
    private Grid surface(RunSpec.GridSpec g, List<String> parameters, String at) throws SceneError {
        if (parameters.size() != 2) {
            throw v.error(at, "a surface shows a formula of two parameters; this descent has " + parameters.size() + ".");
        }
        double[] x = v.interval(v.require(g.x(), at + "/x", "[min, max] of " + parameters.get(0)), at + "/x");
        double[] y = v.interval(v.require(g.y(), at + "/y", "[min, max] of " + parameters.get(1)), at + "/y");
        int nodes = v.between(SceneValidator.or(g.nodes(), Defaults.GRID_NODES), 2, Defaults.MAX_GRID_NODES, at + "/nodes");
        new LimitChecks(v).gridNodes(nodes, nodes, at + "/nodes");
        return new Grid(x[0], x[1], y[0], y[1], nodes, nodes);
    }

    private Formula formula(String text, List<String> names, List<String> columns, String at) throws SceneError {
        try {
            return Formula.parse(text, names, columns);
        } catch (FormulaException e) {
            throw v.error(at, e.getMessage() + ".");
        }
    }
}
