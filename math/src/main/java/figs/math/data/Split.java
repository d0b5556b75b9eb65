package figs.math.data;

/** A data set divided into the part a model learns from and the part held out to test it. */
public record Split(Dataset train, Dataset test) {}
