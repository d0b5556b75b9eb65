package figs.math.train;

/** The mean loss (with the L2 penalties, as Keras reports it) and accuracy at threshold 0.5. */
public record Scores(double loss, double accuracy) {}
