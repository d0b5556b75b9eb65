package figs.render.scene;

/** What one frame is: here, one frame per recorded epoch of the training run {@code of}. */
public record TimelineSpec(String each, String of) {}
