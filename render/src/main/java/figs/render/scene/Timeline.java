package figs.render.scene;

import java.util.List;

/**
 * What one frame is: one per recorded epoch of a training run ({@link Each#EPOCH}), one per step of a
 * descent ({@link Each#STEP}), one per data split ({@link Each#SPLIT}), or a single still frame. Every
 * timeline also offers each model run's final scores as {@code {run.train_acc}} and {@code {run.test_acc}},
 * and a timeline of splits offers {@code {run.acc}}, the accuracy on the frame's split.
 */
public record Timeline(Each each, String run) {
    public enum Each {
        STILL, EPOCH, STEP,
        /** Two frames: the train split, then the test split. */
        SPLIT,
        /** One frame per model of a sweep. */
        ITEM
    }

    /** The fields a frame of a training offers to titles, e.g. {@code {epoch:03d}} or {@code {test_acc:.2f}}. */
    public static final List<String> FIELDS =
            List.of("epoch", "epochs", "frame", "i", "train_acc", "train_loss", "test_acc", "test_loss");
    /** The per-epoch test scores among {@link #FIELDS}, which a training may take after its last epoch only. */
    public static final List<String> TEST_FIELDS = List.of("test_acc", "test_loss");
    /** The fields a frame of a descent offers: its step (from 1), the step count and the formula's value. */
    public static final List<String> STEP_FIELDS = List.of("step", "steps", "frame", "i", "value");
    /** The fields of a timeline of splits: which split ("train", "test"; "Train", "Test" capitalised). */
    public static final List<String> SPLIT_FIELDS = List.of("split", "Split", "frame", "i");
    /**
     * The fields of a sweep's frame: the item (from 1), their count, its L2 factor, and the minimum,
     * maximum and mean of the first kernel its model records.
     */
    public static final List<String> ITEM_FIELDS = List.of("item", "items", "frame", "i", "l2", "label", "kernel_min",
            "kernel_max", "kernel_mean");
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
            case SPLIT -> SPLIT_FIELDS;
            case ITEM -> ITEM_FIELDS;
        };
    }
}
