package figs.render.frame;

import figs.math.expr.Descent;
import figs.math.train.EpochState;
import figs.math.train.History;
import figs.render.run.RunResults;
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
 */
public record FrameValues(int index, int count, EpochState state, Descent.Point step) {
    /** How many frames the timeline has. */
    public static int count(Timeline timeline, RunResults runs) {
        return switch (timeline.each()) {
            case STILL -> 1;
            case EPOCH -> runs.history(timeline.run()).epochs().size();
            case STEP -> runs.descent(timeline.run()).path().size();
        };
    }

    /** Frame {@code i} of the timeline. */
    public static FrameValues of(Timeline timeline, RunResults runs, int i) {
        int count = count(timeline, runs);
        return switch (timeline.each()) {
            case STILL -> new FrameValues(i, count, null, null);
            case EPOCH -> new FrameValues(i, count, runs.history(timeline.run()).epochs().get(i), null);
            case STEP -> new FrameValues(i, count, null, runs.descent(timeline.run()).path().get(i));
        };
    }

    /** Which recorded epoch of {@code history} this frame shows: its own, or the last for any other timeline. */
    public int epochIndex(History history) {
        return state == null ? history.epochs().size() - 1 : index;
    }

    /** How many points of a descent's path this frame shows: up to its own step, or all of them. */
    public int pathLength(int pathSize) {
        return step == null ? pathSize : Math.min(index + 1, pathSize);
    }

    /** Values for every field of the timeline ({@link Timeline#fields()}). */
    public Map<String, Number> fields() {
        Map<String, Number> values = new LinkedHashMap<>();
        values.put("frame", index);
        values.put("i", index);
        if (state != null) {
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
