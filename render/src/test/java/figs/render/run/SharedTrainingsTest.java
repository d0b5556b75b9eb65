package figs.render.run;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import figs.render.scene.QuickScenes;
import figs.render.scene.Scene;
import figs.render.scene.SceneLoader;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * bias-variance's two networks are weights-under-l2's lambda 0 and 0.01 models (FIGURES.md §3 and §5),
 * cut here to a few epochs: in one batch each is trained once, and every run gets the bits a training
 * of its own gives, its grid where it asked for one and its kernels where it asked for those.
 */
class SharedTrainingsTest {
    private static Scene quick(String name) throws Exception {
        return QuickScenes.shorten(new SceneLoader().load(Path.of("..", "scenes", name + ".yaml")));
    }

    @Test
    void theBatchTrainsEachSharedNetworkOnceAndEveryRunGetsItsOwnBits() throws Exception {
        Scene biasVariance = quick("bias-variance"), weights = quick("weights-under-l2");
        SharedTrainings shared = SharedTrainings.of(List.of(biasVariance, weights));
        assertEquals(2, shared.planned(), "the network without L2 and the one with L2 0.01 on layers 3 and 5");

        RunResults together1 = RunResults.compute(biasVariance, RunCache.NONE, line -> {}, () -> {}, true, shared);
        assertEquals(2, shared.started());
        RunResults together2 = RunResults.compute(weights, RunCache.NONE, line -> {}, () -> {}, true, shared);
        assertEquals(2, shared.started(), "the sweep trained only its five other models");
        RunResults alone1 = RunResults.compute(biasVariance, line -> {});
        RunResults alone2 = RunResults.compute(weights, line -> {});

        for (String run : List.of("network", "regularised")) {
            assertArrayEquals(bytes(alone1.history(run)), bytes(together1.history(run)), "bias-variance " + run);
        }
        assertEquals(7, together2.sweep("lambdas").size());
        for (int i = 0; i < 7; i++) {
            assertArrayEquals(bytes(alone2.sweep("lambdas").get(i)), bytes(together2.sweep("lambdas").get(i)), "lambda item " + i);
        }
        assertEquals(0, together1.history("network").epochs().getLast().kernels().size(), "bias-variance asks for no kernel");
        assertEquals(0, together2.sweep("lambdas").getFirst().epochs().getLast().probabilities().length, "the sweep asks for no grid");
    }

    /**
     * A run that scores the test split every epoch shares with runs that score it at the end only: the
     * training scores it every epoch, and each run still gets the bits of a training of its own.
     */
    @Test
    void testScoresEveryEpochForOneRunAndAtTheEndForAnother(@TempDir Path dir) throws Exception {
        Path scenes = Path.of("..", "scenes");
        Files.createDirectories(dir.resolve("common"));
        Files.copy(scenes.resolve("common/moons.yaml"), dir.resolve("common/moons.yaml"));
        String text = Files.readString(scenes.resolve("bias-variance.yaml"));
        String everyEpoch = text.replaceAll("(?m)^ *test_scores: end.*\n", "");
        assertNotEquals(text, everyEpoch);
        Files.writeString(dir.resolve("bias-variance.yaml"), everyEpoch);
        Scene biasVariance = QuickScenes.shorten(new SceneLoader().load(dir.resolve("bias-variance.yaml")));
        Scene weights = quick("weights-under-l2");
        SharedTrainings shared = SharedTrainings.of(List.of(biasVariance, weights));
        assertEquals(2, shared.planned());

        RunResults together1 = RunResults.compute(biasVariance, RunCache.NONE, line -> {}, () -> {}, true, shared);
        RunResults together2 = RunResults.compute(weights, RunCache.NONE, line -> {}, () -> {}, true, shared);
        RunResults alone1 = RunResults.compute(biasVariance, line -> {});
        RunResults alone2 = RunResults.compute(weights, line -> {});
        assertArrayEquals(bytes(alone1.history("network")), bytes(together1.history("network")));
        assertArrayEquals(bytes(alone2.sweep("lambdas").getFirst()), bytes(together2.sweep("lambdas").getFirst()));
        assertFalse(Double.isNaN(together1.history("network").epochs().getFirst().testAccuracy()), "scored every epoch");
        assertTrue(Double.isNaN(together2.sweep("lambdas").getFirst().epochs().getFirst().testAccuracy()), "scored at the end");
        assertFalse(Double.isNaN(together2.sweep("lambdas").getFirst().epochs().getLast().testAccuracy()), "the last epoch is");
    }

    @Test
    void scenesThatTrainDifferentNetworksShareNothing() throws Exception {
        assertEquals(0, SharedTrainings.of(List.of(quick("bias-variance"), quick("train-vs-validation"))).planned());
        assertEquals(0, SharedTrainings.of(List.of(quick("weights-under-l2"))).planned(), "the sweep's seven factors differ");
    }

    private static byte[] bytes(Object result) throws IOException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(buffer)) {
            RunCodec.write(out, result);
        }
        return buffer.toByteArray();
    }
}
