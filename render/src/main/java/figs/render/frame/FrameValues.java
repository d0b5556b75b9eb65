package figs.render.frame;

import figs.math.train.EpochState;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What changes from one frame to the next: the recorded epoch, and the numbers a title can show.
 *
 * @param index 0-based frame number
 * @param state the training state this frame shows, or null for a still (which shows runs as they end)
 */
public record FrameValues(int index, int count, EpochState state) {
    /** Which recorded epoch of {@code history} this frame shows: its own, or the last for a still. */
    public int epochIndex(figs.math.train.History history) {
        return state == null ? history.epochs().size() - 1 : index;
    }

    /** Values for every name of {@link figs.render.scene.Timeline#FIELDS}. */
    public Map<String, Number> fields() {
        Map<String, Number> values = new LinkedHashMap<>();
        if (state == null) {
            values.put("frame", index);
            return values;
        }
        values.put("epoch", state.epoch());
        values.put("epochs", count);
        values.put("frame", index);
        values.put("train_acc", state.trainAccuracy());
        values.put("train_loss", state.trainLoss());
        values.put("test_acc", state.testAccuracy());
        values.put("test_loss", state.testLoss());
        return values;
    }
}
