package figs.render.frame;

import figs.math.train.EpochState;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What changes from one frame to the next: the recorded epoch, and the numbers a title can show.
 *
 * @param index 0-based frame number
 * @param state the training state this frame shows
 */
public record FrameValues(int index, int count, EpochState state) {
    /** Values for every name of {@link figs.render.scene.Timeline#FIELDS}. */
    public Map<String, Number> fields() {
        Map<String, Number> values = new LinkedHashMap<>();
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
