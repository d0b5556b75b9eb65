package figs.render.frame;

import figs.math.expr.Descent;
import figs.math.train.EpochState;
import figs.math.train.History;
import figs.render.run.RunResults;
import figs.render.scene.Figure;
import figs.render.scene.Timeline;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What changes from one frame to the next: the recorded epoch or descent step, and the numbers a title
 * can show.
 *
 * @param index 0-based frame number
 * @param state the training state this frame shows, or null
 * @param step  the descent step this frame shows, or null
 * @param split the data split this frame shows (train or test), or null
 * @param sweep the sweep whose item {@code index} this frame shows, or null
 */
public record FrameValues(int index, int count, EpochState state, Descent.Point step, Figure.Split split, String sweep) {
    public FrameValues(int index, int count, EpochState state, Descent.Point step) {
        this(index, count, state, step, null, null);
    }

    public FrameValues(int index, int count, EpochState state, Descent.Point step, Figure.Split split) {
        this(index, count, state, step, split, null);
    }

    /** How many frames the timeline has. */
    public static int count(Timeline timeline, RunResults runs) {
        return switch (timeline.each()) {
            case STILL -> 1;
            case SPLIT -> 2;
            case ITEM -> runs.sweep(timeline.run()).size();
            case EPOCH -> runs.history(timeline.run()).epochs().size();
            case STEP -> runs.descent(timeline.run()).path().size();
        };
    }

    /** Frame {@code i} of the timeline. */
    public static FrameValues of(Timeline timeline, RunResults runs, int i) {
        int count = count(timeline, runs);
        return switch (timeline.each()) {
            case STILL -> new FrameValues(i, count, null, null);
            case SPLIT -> new FrameValues(i, count, null, null, i == 0 ? Figure.Split.TRAIN : Figure.Split.TEST);
            case ITEM -> new FrameValues(i, count, runs.sweep(timeline.run()).get(i).epochs().getLast(), null, null, timeline.run());
            case EPOCH -> new FrameValues(i, count, runs.history(timeline.run()).epochs().get(i), null);
            case STEP -> new FrameValues(i, count, null, runs.descent(timeline.run()).path().get(i));
        };
    }

    /** Which recorded epoch of {@code history} this frame shows: its own, or the last for any other timeline. */
    public int epochIndex(History history) {
        return state == null || sweep != null ? history.epochs().size() - 1 : index;
    }

    /** How many points of a descent's path this frame shows: up to its own step, or all of them. */
    public int pathLength(int pathSize) {
        return step == null ? pathSize : Math.min(index + 1, pathSize);
    }

    /**
     * Values for every field of the timeline ({@link Timeline#fields()}), and every model run's final
     * scores ({@code run.train_acc}, {@code run.test_acc}; on a timeline of splits also {@code run.acc}).
     */
    public Map<String, Object> fields(RunResults runs) {
        Map<String, Object> values = new LinkedHashMap<>(fields());
        if (sweep != null) itemFields(runs, values);
        if (split != null) {
            String name = split == Figure.Split.TRAIN ? "train" : "test";
            values.put("split", name);
            values.put("Split", Character.toUpperCase(name.charAt(0)) + name.substring(1));
        }
        for (String model : runs.models()) {
            History h = runs.history(model);
            values.put(model + ".train_acc", h.finalTrain().accuracy());
            values.put(model + ".test_acc", h.finalTest().accuracy());
            if (split != null) values.put(model + ".acc", (split == Figure.Split.TRAIN ? h.finalTrain() : h.finalTest()).accuracy());
        }
        return values;
    }

    private void itemFields(RunResults runs, Map<String, Object> values) {
        values.put("item", index + 1);
        values.put("items", count);
        values.put("l2", runs.sweepRun(sweep).l2().get(index));
        values.put("label", runs.sweepRun(sweep).labels().get(index));
        float[] kernel = state.kernels().isEmpty() ? new float[0] : state.kernels().values().iterator().next();
        double min = Double.NaN, max = Double.NaN, sum = 0;
        for (float w : kernel) {
            min = Double.isNaN(min) ? w : Math.min(min, w);
            max = Double.isNaN(max) ? w : Math.max(max, w);
            sum += w;
        }
        values.put("kernel_min", min);
        values.put("kernel_max", max);
        values.put("kernel_mean", kernel.length == 0 ? Double.NaN : sum / kernel.length);
    }

    /** Values for the fields of the frame itself. */
    public Map<String, Number> fields() {
        Map<String, Number> values = new LinkedHashMap<>();
        values.put("frame", index);
        values.put("i", index);
        if (state != null && sweep == null) {
            values.put("epoch", state.epoch());
            values.put("epochs", count);
            values.put("train_acc", state.trainAccuracy());
            values.put("train_loss", state.trainLoss());
            values.put("test_acc", state.testAccuracy());
            values.put("test_loss", state.testLoss());
        }
        if (step != null) {
            values.put("step", index + 1);
            values.put("steps", count);
            values.put("value", step.value());
        }
        return values;
    }
}
