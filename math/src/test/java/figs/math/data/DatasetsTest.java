package figs.math.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
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

    @Test
    void splitTakesCeilOfTheFractionForTest() {
        Split s = Datasets.split(Datasets.circles(1000, 0.3, 0.1, 0), 0.1, 0);
        assertEquals(900, s.train().size());
        assertEquals(100, s.test().size());
        Split odd = Datasets.split(Datasets.circles(11, 0.3, 0.1, 0), 0.25, 0);
        assertEquals(3, odd.test().size(), "ceil(0.25 * 11)");
    }
}
