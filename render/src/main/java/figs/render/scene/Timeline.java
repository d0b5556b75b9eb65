package figs.render.scene;

import java.util.List;

/** One frame per recorded epoch of the training run {@code run}. */
public record Timeline(String run) {
    /** The fields a frame offers to titles, e.g. {@code {epoch:03d}} or {@code {test_acc:.2f}}. */
    public static final List<String> FIELDS =
            List.of("epoch", "epochs", "frame", "train_acc", "train_loss", "test_acc", "test_loss");
}
