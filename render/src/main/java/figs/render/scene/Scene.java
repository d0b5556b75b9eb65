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
}
