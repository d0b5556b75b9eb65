package figs.render.scene;

import java.util.List;

/** One frame per recorded epoch of the training run {@code run}, or a single still frame when run is null. */
public record Timeline(String run) {
    /** The fields a frame of a training offers to titles, e.g. {@code {epoch:03d}} or {@code {test_acc:.2f}}. */
    public static final List<String> FIELDS =
            List.of("epoch", "epochs", "frame", "train_acc", "train_loss", "test_acc", "test_loss");
    /** A still has no epoch to show. */
    public static final List<String> STILL_FIELDS = List.of("frame");

    public static Timeline still() {
        return new Timeline(null);
    }

    public boolean isStill() {
        return run == null;
    }

    public List<String> fields() {
        return isStill() ? STILL_FIELDS : FIELDS;
    }
}
