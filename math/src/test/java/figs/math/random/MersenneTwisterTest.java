package figs.math.random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Expected values are numpy's (np.random.seed(0) ...) and the MT19937 reference output (mt19937ar.out). */
class MersenneTwisterTest {
    private static final double EXACT = 0;
    /** numpy's gauss uses the C library's log; StrictMath's may differ in the last bit. */
    private static final double ONE_ULP_OR_SO = 1e-15;

    @Test
    void referenceOutputOfSeed5489() {
        MersenneTwister mt = new MersenneTwister(5489);
        assertEquals(3499211612L, mt.nextInt32());
        assertEquals(581869302L, mt.nextInt32());
        assertEquals(3890346734L, mt.nextInt32());
    }

    @Test
    void randomSampleMatchesNumpySeed0() {
        MersenneTwister mt = new MersenneTwister(0);
        assertEquals(0.5488135039273248, mt.randomSample(), EXACT);
        assertEquals(0.7151893663724195, mt.randomSample(), EXACT);
        assertEquals(0.6027633760716439, mt.randomSample(), EXACT);
    }

    @Test
    void gaussMatchesNumpyRandnSeed0() {
        MersenneTwister mt = new MersenneTwister(0);
        assertEquals(1.764052345967664, mt.gauss(), ONE_ULP_OR_SO);
        assertEquals(0.4001572083672233, mt.gauss(), ONE_ULP_OR_SO);
        assertEquals(0.9787379841057392, mt.gauss(), ONE_ULP_OR_SO);
    }

    @Test
    void permutationMatchesNumpySeed0() {
        assertArrayEquals(new int[] {2, 8, 4, 9, 1, 6, 7, 3, 0, 5}, new MersenneTwister(0).permutation(10));
    }
}
