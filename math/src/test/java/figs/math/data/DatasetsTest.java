package figs.math.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

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
    void splitTakesCeilOfTheFractionForTest() {
        Split s = Datasets.split(Datasets.circles(1000, 0.3, 0.1, 0), 0.1, 0);
        assertEquals(900, s.train().size());
        assertEquals(100, s.test().size());
        Split odd = Datasets.split(Datasets.circles(11, 0.3, 0.1, 0), 0.25, 0);
        assertEquals(3, odd.test().size(), "ceil(0.25 * 11)");
    }
}
