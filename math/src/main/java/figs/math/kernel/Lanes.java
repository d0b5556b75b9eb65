package figs.math.kernel;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * The vector width every kernel uses, fixed once per JVM by the system property {@code figs.vector}:
 * {@code scalar}, {@code 64}, {@code 128}, {@code 256}, {@code 512}, or unset for the machine's preferred
 * width. Results are bit-identical whichever is chosen (kernels never reduce across lanes); the switch
 * exists to prove that, and for users who want to see it.
 *
 * <p>On an AVX-512 Xeon the preferred width is 512 bits. The narrow layers (8 and 16 units) then fall to
 * the scalar tails, and a training that shares its products between two threads runs its steps 5 %
 * slower than with 256 bits (24.5 against 23.4 ms an epoch of FIGURES.md §4), but the whole 300-epoch
 * run is no slower (8.81 against 8.92 s), and a training on one thread, as every training of a batch
 * render is, takes 9.77 s against 11.68 (math/BENCHMARKS.md): a cold render of the catalogue took 55.1
 * and 54.6 s against 58.6 and 59.2 s.
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
            case "" -> FloatVector.SPECIES_PREFERRED;
            case "scalar" -> null;
            case "64" -> FloatVector.SPECIES_64;
            case "128" -> FloatVector.SPECIES_128;
            case "256" -> FloatVector.SPECIES_256;
            case "512" -> FloatVector.SPECIES_512;
            default -> throw new IllegalArgumentException(PROPERTY + " must be scalar, 64, 128, 256 or 512, not " + value);
        };
    }
}
