package figs.math.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class DatasetsTest {
    private static final double FLOAT_RADIUS = 1e-6;

    @Test
    void circlesWithoutNoiseLieOnTheirCircles() {
        Dataset d = Datasets.circles(1000, 0.3, 0, 0);
        assertEquals(1000, d.size());
        assertEquals(500, Arrays.stream(d.labels()).filter(l -> l == 1).count());
        for (int i = 0; i < d.size(); i++) {
            double r = Math.hypot(d.feature(i, 0), d.feature(i, 1));
            assertEquals(d.labels()[i] == 0 ? 1.0 : 0.3, r, FLOAT_RADIUS, "sample " + i);
        }
    }

    @Test
    void oddCountPutsTheExtraSampleOnTheInnerCircle() {
        Dataset d = Datasets.circles(7, 0.5, 0, 0);
        assertEquals(4, Arrays.stream(d.labels()).filter(l -> l == 1).count(), "n_in = n - n // 2");
    }

    @Test
    void sameSeedSameSamples() {
        Dataset a = Datasets.circles(300, 0.3, 0.1, 7);
        Dataset b = Datasets.circles(300, 0.3, 0.1, 7);
        assertArrayEquals(a.features(), b.features());
        assertArrayEquals(a.labels(), b.labels());
    }

    @Test
    void moonsWithoutNoiseLieOnTheirHalfCircles() {
        Dataset d = Datasets.moons(2000, 0, 100);
        assertEquals(1000, Arrays.stream(d.labels()).filter(l -> l == 1).count());
        for (int i = 0; i < d.size(); i++) {
            double x = d.feature(i, 0), y = d.feature(i, 1);
            if (d.labels()[i] == 0) {
                assertEquals(1, Math.hypot(x, y), FLOAT_RADIUS, "outer moon, sample " + i);
                assertTrue(y >= -FLOAT_RADIUS);
            } else {
                assertEquals(1, Math.hypot(x - 1, y - 0.5), FLOAT_RADIUS, "inner moon, sample " + i);
                assertTrue(y <= 0.5 + FLOAT_RADIUS);
            }
        }
    }

    @Test
    void blobsGatherAroundTwoCentresInTheBox() {
        Dataset d = Datasets.blobs(1000, 0.5, 3);
        double[][] mean = new double[2][2];
        for (int i = 0; i < d.size(); i++) {
            mean[d.labels()[i]][0] += d.feature(i, 0) / 500;
            mean[d.labels()[i]][1] += d.feature(i, 1) / 500;
        }
        for (double[] m : mean) assertTrue(Math.abs(m[0]) < 10 && Math.abs(m[1]) < 10, Arrays.toString(m));
        for (int i = 0; i < d.size(); i++) {
            double[] m = mean[d.labels()[i]];
            assertTrue(Math.hypot(d.feature(i, 0) - m[0], d.feature(i, 1) - m[1]) < 0.5 * 6, "within six spreads");
        }
    }

    @Test
    void xorLabelsOppositeQuadrantsAlike() {
        Dataset d = Datasets.xor(500, 0, 1);
        for (int i = 0; i < d.size(); i++) {
            boolean oneCoordinatePositive = (d.feature(i, 0) > 0) != (d.feature(i, 1) > 0);
            assertEquals(oneCoordinatePositive ? 1 : 0, d.labels()[i]);
        }
    }

    @Test
    void spiralArmsStayInTheUnitDiscAndInterleave() {
        Dataset d = Datasets.spirals(400, 1.5, 0, 2);
        for (int i = 0; i < d.size(); i++) {
            assertTrue(Math.hypot(d.feature(i, 0), d.feature(i, 1)) <= 1 + FLOAT_RADIUS);
        }
        assertEquals(200, Arrays.stream(d.labels()).filter(l -> l == 1).count());
    }

    /**
     * make_circles(1000, noise=0.1, random_state=0, factor=0.3) as float32: scikit-learn's code run on
     * numpy 2.4's RandomState (first rows, and the labels of the first twelve).
     */
    @Test
    void circlesMatchScikitLearnForSeed0() {
        Dataset d = Datasets.circles(1000, 0.3, 0.1, 0);
        assertArrayEquals(new float[] {0.34226876f, 0.029534483f, 0.024359362f, -0.15465884f, -0.7867775f, -0.75718576f},
                Arrays.copyOf(d.features(), 6));
        assertArrayEquals(new int[] {1, 1, 0, 1, 1, 1, 0, 0, 0, 1, 0, 1}, Arrays.copyOf(d.labels(), 12));
    }

    /** train_test_split(np.arange(10), test_size=0.25, random_state=0) returns train [9 1 6 7 3 0 5], test [2 8 4]. */
    @Test
    void splitTakesTheTestRowsFirstFromNumpysPermutation() {
        float[] index = new float[10];
        for (int i = 0; i < index.length; i++) index[i] = i;
        Split s = Datasets.split(new Dataset(index, new int[10], 1), 0.25, 0);
        assertArrayEquals(new float[] {9, 1, 6, 7, 3, 0, 5}, s.train().features());
        assertArrayEquals(new float[] {2, 8, 4}, s.test().features());
    }

    @Test
    void splitTakesCeilOfTheFractionForTest() {
        Split s = Datasets.split(Datasets.circles(1000, 0.3, 0.1, 0), 0.1, 0);
        assertEquals(900, s.train().size());
        assertEquals(100, s.test().size());
        Split odd = Datasets.split(Datasets.circles(11, 0.3, 0.1, 0), 0.25, 0);
        assertEquals(3, odd.test().size(), "ceil(0.25 * 11)");
    }

    @Test
    void badArgumentsSayWhichValueIsWrongAndWhy() {
        assertEquals("samples must be 2 or more (one per class at least), not -5",
                assertThrows(IllegalArgumentException.class, () -> Datasets.moons(-5, 0.1, 0)).getMessage());
        assertEquals("noise is a standard deviation: 0 or more and finite, not NaN",
                assertThrows(IllegalArgumentException.class, () -> Datasets.xor(100, Double.NaN, 0)).getMessage());
        assertEquals("factor must be between 0.0 and 1.0 (exclusive), not 1.5",
                assertThrows(IllegalArgumentException.class, () -> Datasets.circles(100, 1.5, 0.1, 0)).getMessage());
        assertEquals("spread must be positive and finite, not Infinity",
                assertThrows(IllegalArgumentException.class, () -> Datasets.blobs(100, Double.POSITIVE_INFINITY, 0)).getMessage());
        assertEquals("test fraction must be between 0.0 and 1.0 (exclusive), not 0.0", assertThrows(
                IllegalArgumentException.class, () -> Datasets.split(Datasets.moons(10, 0, 0), 0, 0)).getMessage());
    }
}
