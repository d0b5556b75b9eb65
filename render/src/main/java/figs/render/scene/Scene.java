package figs.render.scene;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A validated scene with every default filled in: what the rest of figs works from.
 *
 * @param name      the scene file's name without {@code .yaml}; every output file is named after it
 * @param tolerance the largest RMS difference (0-255) a frame may have against {@code figures.lock} and pass
 * @param digest    SHA-256 of the scene's text and of every file it includes, in hex; empty when unknown
 */
public record Scene(Path file, String name, Map<String, Run> runs, Figure figure, Timeline timeline,
                    List<Output> outputs, double tolerance, String digest) {
    public Scene {
        runs = Map.copyOf(runs);
        outputs = List.copyOf(outputs);
    }

    /** A scene whose sources are not known (built by code rather than read from a file). */
    public Scene(Path file, String name, Map<String, Run> runs, Figure figure, Timeline timeline, List<Output> outputs) {
        this(file, name, runs, figure, timeline, outputs, Defaults.TOLERANCE, "");
    }

    /** The same scene, with the digest of the texts it was read from. */
    Scene withDigest(String sources) {
        return new Scene(file, name, runs, figure, timeline, outputs, tolerance, sources);
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
