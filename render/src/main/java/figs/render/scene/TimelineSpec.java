package figs.render.scene;

/** What one frame is: one per recorded epoch of the training run {@code of} ({@code each: epoch}), or one still. */
public record TimelineSpec(String each, String of) {}
