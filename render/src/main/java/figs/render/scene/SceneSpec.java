package figs.render.scene;

import java.util.List;
import java.util.Map;

/**
 * A scene file as written: records that mirror the YAML, before validation and defaults. The four
 * parts of DESIGN.md: what to compute, what a frame shows, what a frame is, and which files to write;
 * how {@code figs check} judges its files; and files of shared runs to {@code include} (paths relative to the scene file), whose runs join the
 * scene's own.
 */
public record SceneSpec(List<String> include, Map<String, RunSpec> runs, FigureSpec figure, TimelineSpec timeline,
                        OutputsSpec outputs, CheckSpec check) {

    /**
     * How {@code figs check} judges this scene's files: {@code tolerance} is the largest RMS difference
     * on 0-255 a frame may show against {@code figures.lock} and still pass (with a note), for drift
     * between machines or versions of the very scene that was locked.
     */
    public record CheckSpec(Double tolerance) {}

    /** A file of shared runs, as an {@code include:} names it: runs, and maybe further includes. */
    public record RunLibrary(List<String> include, Map<String, RunSpec> runs) {}
}
