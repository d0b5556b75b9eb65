package figs.render.run;

import figs.math.data.Split;
import figs.math.train.EpochState;
import figs.math.train.Grid;
import figs.math.train.History;
import figs.math.train.Trainer;
import figs.math.train.TrainingSpec;
import figs.render.scene.Run;
import figs.render.scene.Scene;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Trainings that several runs of a batch of scenes ask for, trained once. The data, the model, the
 * optimizer, the epochs, the batch size and the seed decide a training's bits; what a run records of
 * it (the prediction on a grid, some kernels, the test scores) only reads the network between epochs.
 * So the runs that differ in what they record share one training that records what each of them asks,
 * and each gets its own part, with the bits a training of its own would have given. In the catalogue, §3's two networks
 * of bias-variance are the lambda 0 and 0.01 models of weights-under-l2's sweep.
 *
 * <p>Runs share only when they ask for the same grid, or at most one of them asks for one; a grid laid
 * around a data set must be laid around the one they train on, so that whoever trains first can lay it.
 */
public final class SharedTrainings {
    /** Shares nothing: every training runs for its own run. */
    public static final SharedTrainings NONE = new SharedTrainings(Map.of());

    /** What makes two trainings the same: the data set (by its run key) and the spec without what it records. */
    record Identity(String data, TrainingSpec bare) {}

    /** A grid a run asks for: given outright, or laid around its training data ({@code pad}, {@code step}). */
    record GridAsked(Grid grid, double pad, double step, boolean everyEpoch) {
        boolean sameNodes(GridAsked other) {
            return java.util.Objects.equals(grid, other.grid) && Double.compare(pad, other.pad) == 0
                    && Double.compare(step, other.step) == 0;
        }
    }

    /**
     * What one shared training records: the one grid asked for (or none), every kernel asked for, and the
     * test scores after every epoch if any run asks for them.
     */
    private static final class Plan {
        int runs;
        boolean shareable = true;
        GridAsked grid;
        boolean gridEveryEpoch;
        boolean testEveryEpoch;
        final Set<Integer> kernels = new TreeSet<>();

        void add(GridAsked asked, List<Integer> kernelsAsked, boolean testAsked) {
            runs++;
            kernels.addAll(kernelsAsked);
            testEveryEpoch |= testAsked;
            if (asked == null) return;
            if (grid != null && !grid.sameNodes(asked)) shareable = false;
            grid = asked;
            gridEveryEpoch |= asked.everyEpoch();
        }
    }

    private final Map<Identity, Plan> plans;
    private final Map<Identity, CompletableFuture<History>> trained = new ConcurrentHashMap<>();

    private SharedTrainings(Map<Identity, Plan> plans) {
        this.plans = plans;
    }

    /** How many trainings are asked for by more than one run. */
    int planned() {
        return plans.size();
    }

    /** How many of those have been trained (or are being trained) so far. */
    int started() {
        return trained.size();
    }

    /** The trainings that the shown runs of {@code scenes} ask for more than once. */
    public static SharedTrainings of(List<Scene> scenes) {
        Map<Identity, Plan> plans = new HashMap<>();
        for (Scene scene : scenes) {
            Set<String> shown = ShownRuns.of(scene);
            for (Run run : scene.runs().values()) {
                switch (run) {
                    case Run.Train t when shown.contains(t.name()) -> plan(plans, scene, t, t.spec());
                    case Run.Sweep s -> {
                        for (int i = 0; i < s.l2().size(); i++) plan(plans, scene, s.base(), s.item(i));
                    }
                    default -> { }
                }
            }
        }
        plans.values().removeIf(p -> p.runs < 2 || !p.shareable);
        return new SharedTrainings(plans);
    }

    private static void plan(Map<Identity, Plan> plans, Scene scene, Run.Train run, TrainingSpec spec) {
        Identity identity = identity(scene, run, spec);
        Plan plan = plans.computeIfAbsent(identity, k -> new Plan());
        GridAsked asked = asked(run, spec);
        if (run.around() != null && !run.around().data().equals(run.data())) plan.shareable = false;
        plan.add(asked, spec.kernels(), spec.testEveryEpoch());
    }

    private static Identity identity(Scene scene, Run.Train run, TrainingSpec spec) {
        TrainingSpec bare = spec.withGrid(null, false).withKernels(List.of()).withTestScores(false);
        return new Identity(RunKey.of(scene.runs().get(run.data()), scene.runs()), bare);
    }

    private static GridAsked asked(Run.Train run, TrainingSpec spec) {
        if (run.around() != null) return new GridAsked(null, run.around().pad(), run.around().step(), spec.gridEveryEpoch());
        return spec.grid() == null ? null : new GridAsked(spec.grid(), 0, 0, spec.gridEveryEpoch());
    }

    /** Whether another run of the batch asks for this training too. */
    public boolean shares(Scene scene, Run.Train run, TrainingSpec spec) {
        return !plans.isEmpty() && plans.containsKey(identity(scene, run, spec));
    }

    /**
     * The history of {@code spec} (with its grid laid) on {@code data} for {@code run} of {@code scene}:
     * trained here, or by the first run of the batch that asked for the same training, then cut to
     * what {@code spec} records.
     */
    public History train(Scene scene, Run.Train run, TrainingSpec spec, Split data) {
        Identity identity = plans.isEmpty() ? null : identity(scene, run, spec);
        Plan plan = identity == null ? null : plans.get(identity);
        if (plan == null) return Trainer.train(spec, data);
        CompletableFuture<History> mine = new CompletableFuture<>();
        CompletableFuture<History> first = trained.putIfAbsent(identity, mine);
        if (first != null) return project(first.join(), spec);
        try {
            Grid grid = plan.grid == null ? null : plan.grid.grid() != null ? plan.grid.grid()
                    : new Run.GridAround(run.data(), plan.grid.pad(), plan.grid.step()).over(data.train(), data.test());
            TrainingSpec merged = spec.withGrid(grid, plan.gridEveryEpoch).withKernels(List.copyOf(plan.kernels))
                    .withTestScores(plan.testEveryEpoch);
            mine.complete(Trainer.train(merged, data));
        } catch (RuntimeException | Error e) {
            mine.completeExceptionally(e);
            throw e;
        }
        return project(mine.join(), spec);
    }

    /** What a training of {@code spec} alone records, from a history that recorded at least that. */
    static History project(History shared, TrainingSpec spec) {
        List<EpochState> epochs = new ArrayList<>(shared.epochs().size());
        for (EpochState e : shared.epochs()) {
            boolean grid = spec.recordsGridAfter(e.epoch()), test = spec.scoresTestAfter(e.epoch());
            Map<Integer, float[]> kernels = new TreeMap<>();
            for (int k : spec.kernels()) kernels.put(k, e.kernels().get(k));
            epochs.add(new EpochState(e.epoch(), e.trainLoss(), e.trainAccuracy(), test ? e.testLoss() : Double.NaN,
                    test ? e.testAccuracy() : Double.NaN, grid ? e.probabilities() : new float[0], kernels));
        }
        return new History(spec.grid(), epochs, shared.finalTrain(), shared.finalTest());
    }
}
