package figs.render.run;

import figs.math.data.Dataset;
import figs.math.data.Datasets;
import figs.math.data.Split;
import figs.math.expr.Descent;
import figs.math.train.Grid;
import figs.math.train.History;
import figs.math.kernel.Threads;
import figs.math.train.TrainingSpec;
import figs.render.contour.ScalarGrid;
import figs.render.scene.Run;
import figs.render.scene.Scene;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * The computed state of every run of a scene: data splits, training histories (networks, logistic
 * regressions, sweeps), regression samples and descents. Computed once, or read from a {@link RunCache} when an identical run ({@link RunKey}) was
 * computed before; frames only read it, so drawing never retrains.
 */
public final class RunResults {
    private final Map<String, Split> splits = new HashMap<>();
    private final Map<String, History> histories = new HashMap<>();
    private final Map<String, double[][]> curves = new HashMap<>();
    private final Map<String, DescentResult> descents = new HashMap<>();
    private final Map<String, List<History>> sweeps = new HashMap<>();
    private final Map<String, Run.Sweep> sweepRuns = new HashMap<>();
    private final Map<String, Run.Train> trainings = new HashMap<>();

    /** Whether a lone training may share its products between threads (see {@link #compute}). */
    private final boolean alone;
    /** Trainings other scenes of the batch ask for too. */
    private final SharedTrainings shared;

    private RunResults(boolean alone, SharedTrainings shared) {
        this.alone = alone;
        this.shared = shared;
    }

    /** Computes every run; {@code log} hears one line per training with how long it took. */
    public static RunResults compute(Scene scene, Consumer<String> log) {
        return compute(scene, RunCache.NONE, log, () -> {});
    }

    /**
     * Every run, from {@code cache} where it holds it; {@code log} hears one line per training (trained, or
     * read from the cache), {@code afterEach} is told when each run is ready.
     */
    public static RunResults compute(Scene scene, RunCache cache, Consumer<String> log, Runnable afterEach) {
        return compute(scene, cache, log, afterEach, true, SharedTrainings.NONE);
    }

    /**
     * As above; {@code alone} says whether this scene has the machine to itself. When other scenes are
     * rendered beside it, a lone training keeps to one thread too ({@link Threads#inline}): sharing each
     * product with a helper thread that the other scene's work keeps off its core made the 300-epoch
     * training of train-vs-validation take 31 to 34 s instead of 18 to 22 s on one thread (measured with
     * the second core busy). The bits are the same either way.
     */
    public static RunResults compute(Scene scene, RunCache cache, Consumer<String> log, Runnable afterEach, boolean alone,
                                     SharedTrainings shared) {
        RunResults results = new RunResults(alone, shared);
        Set<String> shown = ShownRuns.of(scene);
        // Data sets and curves first: the models and descents read them.
        for (Run run : scene.runs().values()) {
            if (run instanceof Run.Data || run instanceof Run.Curve) results.put(run, results.obtain(run, scene, cache, log), afterEach);
        }
        List<Run> rest = new ArrayList<>();
        for (Run run : scene.runs().values()) {
            if (run instanceof Run.Train t) results.trainings.put(t.name(), t);
            boolean needed = !(run instanceof Run.Train) || shown.contains(run.name());
            if (needed && !(run instanceof Run.Data || run instanceof Run.Curve)) rest.add(run);
        }
        // The rest read only data sets and curves, so they may be computed side by side.
        List<Object> computed = results.obtainAll(rest, scene, cache, log);
        for (int i = 0; i < rest.size(); i++) results.put(rest.get(i), computed.get(i), afterEach);
        return results;
    }

    /**
     * The runs' results, in order. Two or more trainings are computed at once on every core, each on one
     * thread ({@link Threads#inline}); a lone training keeps both cores for its products. Each result has
     * the bits it would have computed alone.
     */
    private List<Object> obtainAll(List<Run> runs, Scene scene, RunCache cache, Consumer<String> log) {
        long trainings = runs.stream().filter(r -> r instanceof Run.Train || r instanceof Run.Sweep).count();
        List<Object> out = new ArrayList<>();
        if (trainings < 2) {
            for (Run run : runs) out.add(alone ? obtain(run, scene, cache, log) : Threads.inline(() -> obtain(run, scene, cache, log)));
            return out;
        }
        List<java.util.function.Supplier<Object>> work = new ArrayList<>();
        for (Run run : runs) work.add(() -> obtain(run, scene, cache, log));
        try {
            out.addAll(sideBySide(work, "computing the runs of " + scene.name()));
            return out;
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            throw new IllegalStateException(e.getCause());
        }
    }

    /**
     * Each task on a core of its own, one thread each ({@link Threads#inline}), so a task's bits are those
     * it would compute alone; the results in the tasks' order.
     */
    private static <T> List<T> sideBySide(List<java.util.function.Supplier<T>> tasks, String what)
            throws java.util.concurrent.ExecutionException {
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(
                Math.min(tasks.size(), Runtime.getRuntime().availableProcessors()));
        try {
            List<java.util.concurrent.Future<T>> futures = new ArrayList<>();
            for (var task : tasks) futures.add(pool.submit(() -> Threads.inline(task)));
            List<T> results = new ArrayList<>();
            for (var f : futures) results.add(f.get());
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while " + what, e);
        } finally {
            pool.shutdownNow();
        }
    }

    private Object obtain(Run run, Scene scene, RunCache cache, Consumer<String> log) {
        String key = cache.enabled() ? RunKey.of(run, scene.runs()) : null;
        Object cached = key == null ? null : cache.load(key);
        if (cached != null && fits(run, cached)) {
            if (run instanceof Run.Train) log.accept(scene.name() + ": " + run.name() + " from the cache (" + key.substring(0, 12) + ")");
            return cached;
        }
        Object computed = compute(run, scene, log);
        if (key != null) cache.store(key, computed);
        return computed;
    }

    private Object compute(Run run, Scene scene, Consumer<String> log) {
        return switch (run) {
            case Run.Data d -> Datasets.split(d.generator().make(), d.testFraction(), d.splitSeed());
            case Run.Curve c -> c.make();
            case Run.Train t -> {
                long start = System.nanoTime();
                History history = shared.train(scene, t, resolved(t, t.spec()), split(t.data()));
                log.accept(String.format(Locale.ROOT, "%s: trained %s: %d epochs in %.2f s%s", scene.name(), t.name(),
                        t.spec().epochs(), (System.nanoTime() - start) / 1e9,
                        shared.shares(scene, t, t.spec()) ? " (one training shared with another scene)" : ""));
                yield history;
            }
            case Run.Descent d -> descend(d, this);
            case Run.Logistic l -> LogisticHistory.fit(l, split(l.data()), l.around() == null ? l.grid() : l.around().over(both(l.around().data())));
            case Run.Sweep s -> {
                long start = System.nanoTime();
                List<History> items = trainSideBySide(s, scene);
                log.accept(String.format(Locale.ROOT, "%s: trained %s: %d models of %d epochs in %.2f s", scene.name(), s.name(),
                        items.size(), s.base().spec().epochs(), (System.nanoTime() - start) / 1e9));
                yield items;
            }
        };
    }

    /**
     * A sweep's models, trained on every core at once, each on one thread ({@link Threads#inline}): the
     * models are independent, and a whole training per core uses the cores better than sharing every
     * small product. Each model's bits are those of a training on its own.
     */
    private List<History> trainSideBySide(Run.Sweep s, Scene scene) {
        Split data = split(s.base().data());
        // The models another scene asks for too go first, so that scene does not wait for them.
        List<Integer> order = java.util.stream.IntStream.range(0, s.l2().size()).boxed()
                .sorted(java.util.Comparator.comparing(i -> !shared.shares(scene, s.base(), s.item(i)))).toList();
        List<java.util.function.Supplier<History>> work = new ArrayList<>();
        for (int i : order) {
            TrainingSpec spec = resolved(s.base(), s.item(i));
            work.add(() -> shared.train(scene, s.base(), spec, data));
        }
        try {
            List<History> trained = sideBySide(work, "training " + s.name());
            History[] items = new History[trained.size()];
            for (int k = 0; k < order.size(); k++) items[order.get(k)] = trained.get(k);
            return List.of(items);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("training " + s.name() + " failed: " + e.getCause().getMessage(), e.getCause());
        }
    }

    /** The spec with its grid laid over its data set when the run asks for that ({@code around}). */
    private TrainingSpec resolved(Run.Train t, TrainingSpec spec) {
        return t.around() == null ? spec : spec.withGrid(t.around().over(both(t.around().data())), spec.gridEveryEpoch());
    }

    /** Train and test split of a data set run, together: a grid laid around the data covers both. */
    private Dataset[] both(String data) {
        Split s = split(data);
        return new Dataset[] {s.train(), s.test()};
    }

    /** Whether a cached result is of the run's kind (a key collision or a mislabelled file would not be). */
    private static boolean fits(Run run, Object result) {
        return switch (run) {
            case Run.Data d -> result instanceof Split;
            case Run.Curve c -> result instanceof double[][];
            case Run.Train t -> result instanceof History;
            case Run.Descent d -> result instanceof DescentResult;
            case Run.Logistic l -> result instanceof History;
            case Run.Sweep s -> result instanceof List<?> items && items.size() == s.l2().size()
                    && items.stream().allMatch(History.class::isInstance);
        };
    }

    private void put(Run run, Object result, Runnable afterEach) {
        switch (run) {
            case Run.Data d -> splits.put(d.name(), (Split) result);
            case Run.Curve c -> curves.put(c.name(), (double[][]) result);
            case Run.Train t -> histories.put(t.name(), (History) result);
            case Run.Descent d -> descents.put(d.name(), (DescentResult) result);
            case Run.Logistic l -> histories.put(l.name(), (History) result);
            case Run.Sweep s -> {
                List<History> items = new ArrayList<>();
                for (Object item : (List<?>) result) items.add((History) item);
                sweeps.put(s.name(), items);
                sweepRuns.put(s.name(), s);
            }
        }
        afterEach.run();
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

    /** The runs with a training history (networks and logistic regressions), by name. */
    public Set<String> models() {
        return new TreeSet<>(histories.keySet());
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
    public TrainingSpec spec(String run, int i) {
        Run.Sweep s = sweepRuns.get(run);
        if (s != null) return s.item(i);
        return lookup(trainings, run).spec();
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
