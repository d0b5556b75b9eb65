package figs.render.scene;

import java.util.List;

/**
 * What one frame is: one per recorded epoch of a training run ({@link Each#EPOCH}), one per step of a
 * descent ({@link Each#STEP}), or a single still frame ({@code run} null).
 */
public record Timeline(Each each, String run) {
    public enum Each {
        STILL, EPOCH, STEP
    }

    /** The fields a frame of a training offers to titles, e.g. {@code {epoch:03d}} or {@code {test_acc:.2f}}. */
    public static final List<String> FIELDS =
            List.of("epoch", "epochs", "frame", "i", "train_acc", "train_loss", "test_acc", "test_loss");
    /** The fields a frame of a descent offers: its step (from 1), the step count and the formula's value. */
    public static final List<String> STEP_FIELDS = List.of("step", "steps", "frame", "i", "value");
    /** A still has no epoch to show. */
    public static final List<String> STILL_FIELDS = List.of("frame", "i");

    public static Timeline still() {
        return new Timeline(Each.STILL, null);
    }

    public boolean isStill() {
        return each == Each.STILL;
    }

    public List<String> fields() {
        return switch (each) {
            case STILL -> STILL_FIELDS;
            case EPOCH -> FIELDS;
            case STEP -> STEP_FIELDS;
        };
    }
}
