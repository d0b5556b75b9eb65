package figs.math.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import figs.math.random.MersenneTwister;
import org.junit.jupiter.api.Test;

class SquareSumTest {
    /** The order SquareSum promises, written out as plainly as it reads. */
    private static double eightSums(float[] x) {
        double[] s = new double[8];
        int whole = x.length / 8 * 8;
        for (int i = 0; i < whole; i++) s[i % 8] += (double) x[i] * x[i];
        for (int i = whole; i < x.length; i++) s[0] += (double) x[i] * x[i];
        return ((s[0] + s[1]) + (s[2] + s[3])) + ((s[4] + s[5]) + (s[6] + s[7]));
    }

    /** Weights of very different sizes, so that the order of the additions shows in the last bits. */
    private static float[] weights(int n, long seed) {
        MersenneTwister rng = new MersenneTwister(seed);
        float[] x = new float[n];
        for (int i = 0; i < n; i++) x[i] = (float) ((rng.randomSample() - 0.5) * Math.pow(10, 6 * rng.randomSample() - 4));
        return x;
    }

    @Test
    void givesTheBitsOfEightRunningSumsAtEveryLength() {
        for (int n : new int[] {0, 1, 7, 8, 9, 15, 16, 17, 31, 33, 100, 4096, 32768 + 5}) {
            float[] x = weights(n, n + 1);
            assertEquals(Double.doubleToRawLongBits(eightSums(x)), Double.doubleToRawLongBits(SquareSum.of(x)), "length " + n);
        }
    }

    @Test
    void theOrderOfTheAdditionsShowsInTheBits() {
        // Guards the test above: had SquareSum summed in another order, would it have noticed?
        float[] x = weights(4096, 3);
        double oneSum = 0;
        for (float v : x) oneSum += (double) v * v;
        assertNotEquals(Double.doubleToRawLongBits(oneSum), Double.doubleToRawLongBits(SquareSum.of(x)));
    }

    @Test
    void squaresAreExactInDouble() {
        assertEquals(0.0, SquareSum.of(new float[] {0f, -0f}));
        assertEquals(2 * (double) Float.MAX_VALUE * Float.MAX_VALUE, SquareSum.of(new float[] {Float.MAX_VALUE, -Float.MAX_VALUE}));
        assertEquals((double) Float.MIN_VALUE * Float.MIN_VALUE, SquareSum.of(new float[] {Float.MIN_VALUE}));
    }
}
