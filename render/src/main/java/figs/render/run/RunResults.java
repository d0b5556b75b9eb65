package figs.render.run;

import figs.math.data.Datasets;
import figs.math.data.Split;
import figs.math.train.History;
import figs.math.train.Trainer;
import figs.render.scene.Run;
import figs.render.scene.Scene;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The computed state of every run of a scene: data splits and training histories. Computed once;
 * frames only read it, so drawing never retrains.
 */
public final class RunResults {
    private final Map<String, Split> splits = new HashMap<>();
    private final Map<String, History> histories = new HashMap<>();

    private RunResults() {}

    /** Computes every run; {@code log} hears one line per run with how long it took. */
    public static RunResults compute(Scene scene, Consumer<String> log) {
        RunResults results = new RunResults();
        for (Run run : scene.runs().values()) {
            if (run instanceof Run.Data d) {
                results.splits.put(d.name(), Datasets.split(d.generator().make(), d.testFraction(), d.splitSeed()));
            }
        }
        for (Run run : scene.runs().values()) {
            if (run instanceof Run.Train t) {
                long start = System.nanoTime();
                results.histories.put(t.name(), Trainer.train(t.spec(), results.split(t.data())));
                log.accept(String.format(java.util.Locale.ROOT, "trained %s: %d epochs in %.2f s", t.name(),
                        t.spec().epochs(), (System.nanoTime() - start) / 1e9));
            }
        }
        return results;
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
