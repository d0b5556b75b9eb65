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
import java.util.List;
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
    private final Map<String, List<History>> sweeps = new HashMap<>();
    private final Map<String, Run.Sweep> sweepRuns = new HashMap<>();
    private final Map<String, figs.math.train.TrainingSpec> specs = new HashMap<>();

    private RunResults() {}

    /** Computes every run; {@code log} hears one line per run with how long it took. */
    public static RunResults compute(Scene scene, Consumer<String> log) {
        RunResults results = new RunResults();
        java.util.Set<String> shown = shown(scene);
        for (Run run : scene.runs().values()) {
            if (run instanceof Run.Data d) {
                results.splits.put(d.name(), Datasets.split(d.generator().make(), d.testFraction(), d.splitSeed()));
            }
            if (run instanceof Run.Curve c) results.curves.put(c.name(), c.make());
        }
        for (Run run : scene.runs().values()) {
            if (run instanceof Run.Logistic l) results.histories.put(l.name(), LogisticHistory.fit(l, results.split(l.data()),
                    l.around() == null ? l.grid() : l.around().over(both(results.split(l.around().data())))));
            if (run instanceof Run.Train t && shown.contains(t.name())) {
                long start = System.nanoTime();
                var spec = t.around() == null ? t.spec()
                        : t.spec().withGrid(t.around().over(both(results.split(t.around().data()))), t.spec().gridEveryEpoch());
                results.histories.put(t.name(), Trainer.train(spec, results.split(t.data())));
                results.specs.put(t.name(), spec);
                log.accept(String.format(java.util.Locale.ROOT, "trained %s: %d epochs in %.2f s", t.name(),
                        t.spec().epochs(), (System.nanoTime() - start) / 1e9));
            }
            if (run instanceof Run.Descent d) results.descents.put(d.name(), descend(d, results));
        }
        for (Run run : scene.runs().values()) {
            if (run instanceof Run.Sweep s) {
                long start = System.nanoTime();
                List<History> items = new java.util.ArrayList<>();
                for (int i = 0; i < s.l2().size(); i++) items.add(Trainer.train(s.item(i), results.split(s.base().data())));
                results.sweeps.put(s.name(), items);
                results.sweepRuns.put(s.name(), s);
                log.accept(String.format(java.util.Locale.ROOT, "trained %s: %d models of %d epochs in %.2f s", s.name(),
                        items.size(), s.base().spec().epochs(), (System.nanoTime() - start) / 1e9));
            }
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

    /**
     * The runs the figure draws, its titles quote or the timeline follows. A training nothing shows (the template of a
     * sweep, say) is not trained: it would cost time and change no pixel.
     */
    private static java.util.Set<String> shown(Scene scene) {
        java.util.Set<String> names = new java.util.HashSet<>();
        if (scene.timeline().run() != null) names.add(scene.timeline().run());
        List<String> titles = new java.util.ArrayList<>(List.of(scene.figure().title()));
        scene.figure().panels().forEach(p -> titles.add(p.title()));
        for (String title : titles) {
            for (String field : figs.render.text.Template.parse(title).fieldNames()) {
                if (field.contains(".")) names.add(field.substring(0, field.indexOf('.')));   // {network.test_acc}
            }
        }
        for (var panel : scene.figure().panels()) {
            for (var mark : panel.marks()) {
                switch (mark) {
                    case figs.render.scene.Figure.Mark.Regions m -> names.add(m.run());
                    case figs.render.scene.Figure.Mark.Contour m -> names.add(m.run());
                    case figs.render.scene.Figure.Mark.Lines m -> names.add(m.run());
                    case figs.render.scene.Figure.Mark.Surface m -> names.add(m.run());
                    default -> { }
                }
            }
        }
        return names;
    }

    private static figs.math.data.Dataset[] both(Split split) {
        return new figs.math.data.Dataset[] {split.train(), split.test()};
    }

    /** The runs with a training history (networks and logistic regressions), by name. */
    public java.util.Set<String> models() {
        return new java.util.TreeSet<>(histories.keySet());
    }

    /** The histories of a sweep's models, in the order of its values. */
    public List<History> sweep(String run) {
        return lookup(sweeps, run);
    }

    /** The sweep run itself: its factors and labels. */
    public Run.Sweep sweepRun(String run) {
        return lookup(sweepRuns, run);
    }

    /** The training spec of a sweep's i-th model, or of a training run (i ignored). */
    public figs.math.train.TrainingSpec spec(String run, int i) {
        Run.Sweep s = sweepRuns.get(run);
        if (s != null) return s.item(i);
        return lookup(specs, run);
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
