package figs.render.scene;

import figs.math.train.Grid;
import java.util.List;
import java.util.Map;

/** Validates where a model's prediction is recorded ({@code record:}), and the logistic regression run. */
final class GridRecords {
    static final List<String> WHEN = List.of("every_epoch", "end");

    /** A fixed grid or one laid over a data set, and whether it is recorded every epoch or at the end. */
    record Recording(Grid grid, Run.GridAround around, boolean everyEpoch) {
        static final Recording NONE = new Recording(null, null, true);
    }

    private final SceneValidator v;

    GridRecords(SceneValidator validator) {
        this.v = validator;
    }

    Recording read(RunSpec.RecordSpec record, String at, Map<String, Run> runs) throws SceneError {
        if (record == null || record.grid() == null) return Recording.NONE;
        String when = SceneValidator.or(record.when(), "every_epoch");
        if (!WHEN.contains(when)) throw v.error(at + "/when", Messages.notOneOf("when", when, WHEN));
        RunSpec.GridSpec g = record.grid();
        String here = at + "/grid";
        if (g.around() != null) {
            if (g.x() != null || g.y() != null || g.nodes() != null) {
                throw v.error(here, "a grid is either {x, y, nodes} or {around, pad, step}, not both.");
            }
            String data = g.around();
            if (!(runs.get(data) instanceof Run.Data)) {
                throw v.error(here + "/around", Messages.unknownRun("around", data, "data set", SceneValidator.namesOf(runs, Run.Data.class)));
            }
            double pad = v.between(SceneValidator.or(g.pad(), 0.5), 0, Double.MAX_VALUE, true, here + "/pad");
            double step = v.between(v.require(g.step(), here + "/step", "the distance between nodes, e.g. 0.01"), 0,
                    Double.MAX_VALUE, false, here + "/step");
            return new Recording(null, new Run.GridAround(data, pad, step), when.equals("every_epoch"));
        }
        double[] x = v.interval(v.require(g.x(), here + "/x", "[min, max]"), here + "/x");
        double[] y = v.interval(v.require(g.y(), here + "/y", "[min, max]"), here + "/y");
        int nodes = v.between(SceneValidator.or(g.nodes(), Defaults.GRID_NODES), 2, Defaults.MAX_GRID_NODES, here + "/nodes");
        new LimitChecks(v).gridNodes(nodes, nodes, here + "/nodes");
        return new Recording(new Grid(x[0], x[1], y[0], y[1], nodes, nodes), null, when.equals("every_epoch"));
    }

    Run.Logistic logistic(String name, RunSpec.Logistic l, Map<String, Run> runs) throws SceneError {
        String at = "/runs/" + name;
        String data = v.require(l.data(), at + "/data", "the name of the data set run to fit");
        if (!(runs.get(data) instanceof Run.Data)) {
            throw v.error(at + "/data", Messages.unknownRun("data", data, "data set", SceneValidator.namesOf(runs, Run.Data.class)));
        }
        RunSpec.RecordSpec record = l.record();
        if (record != null && (record.kernels() != null || record.testScores() != null)) {
            String key = record.kernels() != null ? "kernels" : "test_scores";
            throw v.error(at + "/record/" + key, "'" + key + "' does not apply to a logistic regression, which has no layers"
                    + " or epochs: it records a grid (grid, when) and its final scores.");
        }
        Recording r = read(record, at + "/record", runs);
        return new Run.Logistic(name, data, v.between(SceneValidator.or(l.c(), 1.0), 0, Double.MAX_VALUE, false, at + "/c"),
                r.grid(), r.around());
    }
}
