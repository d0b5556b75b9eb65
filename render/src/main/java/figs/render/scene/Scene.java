package figs.render.scene;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A validated scene with every default filled in: what the rest of figs works from.
 *
 * @param name the scene file's name without {@code .yaml}; every output file is named after it
 */
public record Scene(Path file, String name, Map<String, Run> runs, Figure figure, Timeline timeline,
                    List<Output> outputs) {
    public Scene {
        runs = Map.copyOf(runs);
        outputs = List.copyOf(outputs);
    }

    /** How many frames the timeline has, read from the runs' settings: one per epoch, step, split or sweep item, or one still. */
    public int frames() {
        return switch (timeline.each()) {
            case STILL -> 1;
            case EPOCH -> ((Run.Train) runs.get(timeline.run())).spec().epochs();
            case STEP -> ((Run.Descent) runs.get(timeline.run())).steps();
            case SPLIT -> 2;
            case ITEM -> ((Run.Sweep) runs.get(timeline.run())).l2().size();
        };
    }
}
