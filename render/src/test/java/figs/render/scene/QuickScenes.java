package figs.render.scene;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A scene with its runs cut short (a few epochs, a few descent steps), for tests that walk every
 * scene in scenes/: the figure, timeline and outputs are the scene's own, only the training is brief,
 * so the whole catalogue is checked in seconds rather than the minutes a full render takes.
 */
public final class QuickScenes {
    public static final int EPOCHS = 3;
    public static final int STEPS = 12;

    private QuickScenes() {}

    public static Scene shorten(Scene scene) {
        Map<String, Run> runs = new LinkedHashMap<>();
        for (var entry : scene.runs().entrySet()) runs.put(entry.getKey(), shorten(entry.getValue()));
        return new Scene(scene.file(), scene.name(), runs, scene.figure(), scene.timeline(), scene.outputs());
    }

    private static Run shorten(Run run) {
        return switch (run) {
            case Run.Train t -> new Run.Train(t.name(), t.data(), t.spec().withEpochs(Math.min(t.spec().epochs(), EPOCHS)), t.around());
            case Run.Descent d -> new Run.Descent(d.name(), d.formula(), d.data(), d.start(), d.optimizer(),
                    Math.min(d.steps(), STEPS), d.surface());
            case Run.Sweep w -> new Run.Sweep(w.name(), (Run.Train) shorten(w.base()), w.l2(), w.layers(), w.labels());
            default -> run;
        };
    }
}
