package figs.math.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import figs.math.data.Datasets;
import figs.math.data.Split;
import figs.math.nn.Activation;
import figs.math.nn.LayerSpec;
import figs.math.optim.Adamax;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The run of scenes/boundary-circles.yaml (FIGURES.md §1). */
class TrainerTest {
    private static final double MIN_TRAIN_ACCURACY = 0.95;
    private static final Grid GRID = new Grid(-1.5, 1.5, -1.5, 1.5, 100, 100);
    private static final TrainingSpec SPEC = new TrainingSpec(2, List.of(
            new LayerSpec(4, Activation.RELU), new LayerSpec(6, Activation.RELU), new LayerSpec(6, Activation.RELU),
            new LayerSpec(4, Activation.RELU), new LayerSpec(1, Activation.SIGMOID)),
            Adamax.KERAS_DEFAULTS, 50, 32, 0, GRID);
    private static Split data;
    private static History history;

    @BeforeAll
    static void train() {
        data = Datasets.split(Datasets.circles(1000, 0.3, 0.1, 0), 0.1, 0);
        history = Trainer.train(SPEC, data);
    }

    @Test
    void learnsTheCircles() {
        EpochState last = history.epochs().getLast();
        assertTrue(history.finalTrain().accuracy() >= MIN_TRAIN_ACCURACY, "train accuracy " + history.finalTrain());
        assertTrue(last.trainLoss() < history.epochs().getFirst().trainLoss(), "loss falls");
    }

    /**
     * A 2-4-6-6-4-1 ReLU network is small enough that some initialisations train slowly or lose units
     * to dead ReLUs (Keras's runs vary the same way), so one seed proves little on its own: most seeds
     * must get there. Measured here: 8 of seeds 0-11 reach 0.95 within 50 epochs.
     */
    @Test
    void mostSeedsLearnTheCircles() {
        int reached = 0;
        for (long seed = 0; seed < 12; seed++) {
            TrainingSpec spec = new TrainingSpec(SPEC.inputs(), SPEC.layers(), SPEC.optimizer(), SPEC.epochs(),
                    SPEC.batchSize(), seed, new Grid(-1.5, 1.5, -1.5, 1.5, 2, 2));
            if (Trainer.train(spec, data).finalTrain().accuracy() >= MIN_TRAIN_ACCURACY) reached++;
        }
        assertTrue(reached >= 7, reached + " of 12 seeds reached " + MIN_TRAIN_ACCURACY);
    }

    @Test
    void recordsEveryEpochWithAProbabilityPerGridNode() {
        assertEquals(50, history.epochs().size());
        for (int e = 0; e < 50; e++) {
            EpochState s = history.epochs().get(e);
            assertEquals(e + 1, s.epoch());
            assertEquals(100 * 100, s.probabilities().length);
            for (float p : s.probabilities()) assertTrue(p >= 0 && p <= 1, "probability " + p);
        }
    }

    /**
     * Keras's train metrics are running means over the epoch, each batch scored by the forward pass
     * that trains it. With one batch per epoch that pass sees the weights the previous epoch left, so
     * epoch 2's train scores are the evaluated scores of the model after epoch 1 (the rows' order in
     * the sum is the only difference), and the test scores of the last epoch are the final ones.
     */
    @Test
    void trainScoresAreTheRunningMeansKerasReports() {
        int rows = data.train().size();
        TrainingSpec one = new TrainingSpec(2, SPEC.layers(), SPEC.optimizer(), 1, rows, 3, null);
        TrainingSpec two = new TrainingSpec(2, SPEC.layers(), SPEC.optimizer(), 2, rows, 3, null);
        History afterOne = Trainer.train(one, data);
        EpochState second = Trainer.train(two, data).epochs().get(1);
        assertEquals(afterOne.finalTrain().accuracy(), second.trainAccuracy(), 0);
        assertEquals(afterOne.finalTrain().loss(), second.trainLoss(), 1e-12);
        assertTrue(Math.abs(afterOne.finalTrain().loss() - afterOne.epochs().getFirst().trainLoss()) > 1e-4,
                "epoch 1's running loss is that of the initial weights, not of the trained ones");
        assertEquals(afterOne.epochs().getLast().test(), afterOne.finalTest());
    }

    @Test
    void centreIsClassOneAndCornersClassZeroAtTheEnd() {
        float[] p = history.epochs().getLast().probabilities();
        assertTrue(p[50 * 100 + 50] > 0.5f, "centre (inner circle)");
        assertTrue(p[0] < 0.5f && p[99] < 0.5f && p[99 * 100] < 0.5f && p[99 * 100 + 99] < 0.5f, "corners");
    }

    @Test
    void recordsTheKernelsItIsAskedForAndNoGridWhenThereIsNone() {
        TrainingSpec spec = new TrainingSpec(2, SPEC.layers(), SPEC.optimizer(), 3, 32, 0, null, List.of(2));
        History h = Trainer.train(spec, data);
        for (EpochState s : h.epochs()) {
            assertEquals(0, s.probabilities().length);
            assertEquals(java.util.Set.of(2), s.kernels().keySet());
            assertEquals(6 * 6, s.kernels().get(2).length, "layer 2 maps 6 units to 6");
        }
        assertTrue(!java.util.Arrays.equals(h.epochs().get(0).kernels().get(2), h.epochs().get(2).kernels().get(2)),
                "the kernel moves between epochs and each epoch keeps its own copy");
    }

    @Test
    void badSpecsSayWhichValueIsWrong() {
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> new TrainingSpec(2, SPEC.layers(), SPEC.optimizer(), 0, 32, 0, GRID));
        assertEquals("epochs must be positive, not 0", e.getMessage());
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> new TrainingSpec(2, SPEC.layers(), SPEC.optimizer(), 5, 32, 0, GRID, List.of(7)));
    }

    @Test
    void testScoresTakenAtTheEndOnlyLeaveEveryOtherBitAsItWas() {
        History endOnly = Trainer.train(SPEC.withTestScores(false), data);
        assertEquals(history.epochs().size(), endOnly.epochs().size());
        for (int e = 0; e < history.epochs().size(); e++) {
            EpochState every = history.epochs().get(e), once = endOnly.epochs().get(e);
            boolean last = e == history.epochs().size() - 1;
            assertEquals(last, !Double.isNaN(once.testLoss()), "epoch " + (e + 1));
            assertEquals(last, !Double.isNaN(once.testAccuracy()), "epoch " + (e + 1));
            if (last) assertEquals(every.test(), once.test());
            assertEquals(every.trainLoss(), once.trainLoss(), 0);
            assertEquals(every.trainAccuracy(), once.trainAccuracy(), 0);
            assertArrayEquals(bits(every.probabilities()), bits(once.probabilities()), "epoch " + (e + 1));
        }
        assertEquals(history.finalTrain(), endOnly.finalTrain());
        assertEquals(history.finalTest(), endOnly.finalTest());
        assertTrue(history.epochs().stream().noneMatch(s -> Double.isNaN(s.testLoss())), "every epoch scored by default");
    }

    @Test
    void sameSpecSameBits() {
        History again = Trainer.train(SPEC, data);
        for (int e = 0; e < history.epochs().size(); e++) {
            assertArrayEquals(bits(history.epochs().get(e).probabilities()), bits(again.epochs().get(e).probabilities()));
            assertEquals(history.epochs().get(e).trainLoss(), again.epochs().get(e).trainLoss(), 0);
        }
    }

    private static int[] bits(float[] v) {
        int[] out = new int[v.length];
        for (int i = 0; i < v.length; i++) out[i] = Float.floatToRawIntBits(v[i]);
        return out;
    }
}
