package figs.math.kernel;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * The vector width every kernel uses, fixed once per JVM by the system property {@code figs.vector}:
 * {@code scalar}, {@code 64}, {@code 128}, {@code 256}, {@code 512}, or unset for the machine's preferred
 * width up to 256 bits. Results are bit-identical whichever is chosen (kernels never reduce across lanes);
 * the switch exists to prove that, and for users who want to see it.
 *
 * <p>Why at most 256 bits by default: on an AVX-512 Xeon the 300-epoch run of FIGURES.md §4 took 23.8 ms
 * an epoch with 8 lanes and 25.6 with 16 on two threads (math/BENCHMARKS.md). With 16 lanes the narrow
 * layers (8 and 16 units) fall to the scalar tails, and each thread's half of a batch of 32 is a single
 * vector wide.
 */
public final class Lanes {
    public static final String PROPERTY = "figs.vector";

    /** Kept in a static final field: a species passed around as a value stops the JIT from vectorising. */
    public static final VectorSpecies<Float> SPECIES = choose(System.getProperty(PROPERTY, ""));
    /** True when {@code figs.vector=scalar}: the plain loops run instead of the vector ones. */
    public static final boolean SCALAR = SPECIES == null;

    private Lanes() {}

    /** What the kernels run with, for logs and benchmarks: "scalar" or the lane count and bits. */
    public static String describe() {
        return SCALAR ? "scalar" : SPECIES.length() + " lanes (" + SPECIES.vectorBitSize() + "-bit)";
    }

    private static VectorSpecies<Float> choose(String value) {
        return switch (value) {
            case "" -> FloatVector.SPECIES_PREFERRED.vectorBitSize() > 256 ? FloatVector.SPECIES_256 : FloatVector.SPECIES_PREFERRED;
            case "scalar" -> null;
            case "64" -> FloatVector.SPECIES_64;
            case "128" -> FloatVector.SPECIES_128;
            case "256" -> FloatVector.SPECIES_256;
            case "512" -> FloatVector.SPECIES_512;
            default -> throw new IllegalArgumentException(PROPERTY + " must be scalar, 64, 128, 256 or 512, not " + value);
        };
    }
}
