package figs.render.run;

import figs.math.data.Datasets;
import figs.math.data.Split;
import figs.math.expr.Descent;
import figs.math.train.Grid;
import figs.math.train.History;
import figs.math.train.Trainer;
import figs.render.contour.ScalarGrid;
import figs.render.scene.Run;
import figs.render.scene.Scene;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The computed state of every run of a scene: data splits, training histories, regression samples and
 * descents. Computed once;
 * frames only read it, so drawing never retrains.
 */
public final class RunResults {
    private final Map<String, Split> splits = new HashMap<>();
    private final Map<String, History> histories = new HashMap<>();
    private final Map<String, double[][]> curves = new HashMap<>();
    private final Map<String, DescentResult> descents = new HashMap<>();

    private RunResults() {}

    /** Computes every run; {@code log} hears one line per run with how long it took. */
    public static RunResults compute(Scene scene, Consumer<String> log) {
        RunResults results = new RunResults();
        for (Run run : scene.runs().values()) {
            if (run instanceof Run.Data d) {
                results.splits.put(d.name(), Datasets.split(d.generator().make(), d.testFraction(), d.splitSeed()));
            }
            if (run instanceof Run.Curve c) results.curves.put(c.name(), c.make());
        }
        for (Run run : scene.runs().values()) {
            if (run instanceof Run.Logistic l) results.histories.put(l.name(), LogisticHistory.fit(l, results.split(l.data()),
                    l.around() == null ? l.grid() : l.around().over(both(results.split(l.around().data())))));
            if (run instanceof Run.Train t) {
                long start = System.nanoTime();
                var spec = t.around() == null ? t.spec()
                        : t.spec().withGrid(t.around().over(both(results.split(t.around().data()))), t.spec().gridEveryEpoch());
                results.histories.put(t.name(), Trainer.train(spec, results.split(t.data())));
                log.accept(String.format(java.util.Locale.ROOT, "trained %s: %d epochs in %.2f s", t.name(),
                        t.spec().epochs(), (System.nanoTime() - start) / 1e9));
            }
            if (run instanceof Run.Descent d) results.descents.put(d.name(), descend(d, results));
        }
        return results;
    }

    /** The path of a descent, and its formula on the surface grid, on the columns of its curve run. */
    private static DescentResult descend(Run.Descent d, RunResults results) {
        double[][] data = d.data() == null ? new double[0][] : results.curve(d.data());
        var path = Descent.run(d.formula(), data, d.start(), d.optimizer(), d.steps());
        if (d.surface() == null) return new DescentResult(path, null);
        Grid g = d.surface();
        double[] xs = new double[g.nx()], ys = new double[g.ny()];
        for (int i = 0; i < xs.length; i++) xs[i] = g.x(i);
        for (int j = 0; j < ys.length; j++) ys[j] = g.y(j);
        float[] values = new float[xs.length * ys.length];
        for (int j = 0; j < ys.length; j++) {
            for (int i = 0; i < xs.length; i++) values[j * xs.length + i] = (float) d.formula().valueAndGradient(new double[] {xs[i], ys[j]}, data)[0];
        }
        return new DescentResult(path, new ScalarGrid(xs, ys, values));
    }

    private static figs.math.data.Dataset[] both(Split split) {
        return new figs.math.data.Dataset[] {split.train(), split.test()};
    }

    /** The runs with a training history (networks and logistic regressions), by name. */
    public java.util.Set<String> models() {
        return new java.util.TreeSet<>(histories.keySet());
    }

    public double[][] curve(String run) {
        return lookup(curves, run);
    }

    public DescentResult descent(String run) {
        return lookup(descents, run);
    }

    public Split split(String run) {
        return lookup(splits, run);
    }

    public History history(String run) {
        return lookup(histories, run);
    }

    private static <T> T lookup(Map<String, T> map, String run) {
        T value = map.get(run);
        if (value == null) throw new IllegalArgumentException("no computed run named " + run);
        return value;
    }
}
