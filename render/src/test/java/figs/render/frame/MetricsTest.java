package figs.render.frame;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import figs.math.train.EpochState;
import figs.math.train.History;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MetricsTest {
    private static final double EXACT = 1e-12;

    /** train_acc = epoch number: epochs 1..30, so every trailing mean is the mean of consecutive integers. */
    private static History counting() {
        List<EpochState> epochs = new ArrayList<>();
        for (int e = 1; e <= 30; e++) epochs.add(new EpochState(e, 0, e, 0, 0, new float[0], Map.of()));
        return new History(null, epochs, null, null);
    }

    @Test
    void trailingMeanAveragesTheLastWindowOfEpochs() {
        History h = counting();
        assertEquals(20.5, Metrics.trailingMean(h, "train_acc", 24, 10), EXACT, "epochs 16..25");
        assertEquals(25, Metrics.trailingMean(h, "train_acc", 24, 1), EXACT, "a window of 1 is the value itself");
    }

    @Test
    void beforeAWholeWindowHasPassedItAveragesWhatThereIs() {
        History h = counting();
        assertEquals(1, Metrics.trailingMean(h, "train_acc", 0, 10), EXACT);
        assertEquals(2.5, Metrics.trailingMean(h, "train_acc", 3, 10), EXACT, "epochs 1..4");
    }

    @Test
    void rangeIsOverTheSmoothedValues() {
        assertArrayEquals(new double[] {1, 30}, Metrics.range(counting(), "train_acc", 1), EXACT);
        assertArrayEquals(new double[] {1, 25.5}, Metrics.range(counting(), "train_acc", 10), EXACT);
    }
}
