package figs.math.random;

/** STUB: to be implemented. */
public final class MersenneTwister {
}
