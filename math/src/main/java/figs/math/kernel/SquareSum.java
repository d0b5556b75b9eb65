package figs.math.kernel;

import static figs.math.kernel.Lanes.SCALAR;
import static figs.math.kernel.Lanes.SPECIES;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * The sum of squares of a float array, taken in double as eight running sums: x[i]² goes into sum i % 8
 * in index order (the elements past the last whole eight into sum 0), and the sums are added as
 * ((s0 + s1) + (s2 + s3)) + ((s4 + s5) + (s6 + s7)). Eight sums so that no one chain of dependent
 * additions sets the pace; a fixed order so that the bits do not depend on the vector width.
 *
 * <p>The square of a float is exact in double (two 24-bit significands make at most 48 bits), so a lane
 * that widens, multiplies and adds makes the sum the scalar loop makes, to the bit. With 512-bit vectors
 * one vector of eight doubles holds the eight sums; with 256-bit vectors two of four do. Narrower widths
 * run the scalar loop. Measured on 98,304 floats (the penalised kernels of FIGURES.md §5's network, which
 * the trainer sums every batch): 0.36 ns an element scalar, 0.13 with 512-bit vectors.
 */
public final class SquareSum {
    private static final int BITS = SCALAR ? 0 : SPECIES.vectorBitSize();
    /** Kept in static final fields, as {@link Lanes#SPECIES} is, for the JIT to vectorise. */
    private static final VectorSpecies<Float> EIGHT_FLOATS = FloatVector.SPECIES_256;
    private static final VectorSpecies<Double> EIGHT_DOUBLES = DoubleVector.SPECIES_512;
    private static final VectorSpecies<Float> FOUR_FLOATS = FloatVector.SPECIES_128;
    private static final VectorSpecies<Double> FOUR_DOUBLES = DoubleVector.SPECIES_256;

    private SquareSum() {}

    /** The sum of x[i]² over the whole array, in the order above. */
    public static double of(float[] x) {
        double[] s = new double[8];
        int i = 0, whole = x.length & ~7;
        if (BITS >= 512) {
            DoubleVector sums = DoubleVector.zero(EIGHT_DOUBLES);
            for (; i < whole; i += 8) {
                DoubleVector d = (DoubleVector) FloatVector.fromArray(EIGHT_FLOATS, x, i)
                        .convertShape(VectorOperators.F2D, EIGHT_DOUBLES, 0);
                sums = sums.add(d.mul(d));
            }
            sums.intoArray(s, 0);
        } else if (BITS == 256) {
            DoubleVector low = DoubleVector.zero(FOUR_DOUBLES), high = low;
            for (; i < whole; i += 8) {
                DoubleVector d0 = (DoubleVector) FloatVector.fromArray(FOUR_FLOATS, x, i)
                        .convertShape(VectorOperators.F2D, FOUR_DOUBLES, 0);
                DoubleVector d1 = (DoubleVector) FloatVector.fromArray(FOUR_FLOATS, x, i + 4)
                        .convertShape(VectorOperators.F2D, FOUR_DOUBLES, 0);
                low = low.add(d0.mul(d0));
                high = high.add(d1.mul(d1));
            }
            low.intoArray(s, 0);
            high.intoArray(s, 4);
        } else {
            for (; i < whole; i += 8) {
                for (int k = 0; k < 8; k++) s[k] += (double) x[i + k] * x[i + k];
            }
        }
        for (; i < x.length; i++) s[0] += (double) x[i] * x[i];
        return ((s[0] + s[1]) + (s[2] + s[3])) + ((s[4] + s[5]) + (s[6] + s[7]));
    }
}
