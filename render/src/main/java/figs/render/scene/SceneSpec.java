package figs.render.scene;

import java.util.Map;

/**
 * A scene file as written: records that mirror the YAML, before validation and defaults. The four
 * parts of DESIGN.md: what to compute, what a frame shows, what a frame is, and which files to write.
 */
public record SceneSpec(Map<String, RunSpec> runs, FigureSpec figure, TimelineSpec timeline, OutputsSpec outputs) {}
