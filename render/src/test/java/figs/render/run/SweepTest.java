package figs.render.run;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import figs.math.train.History;
import figs.math.train.Trainer;
import figs.render.scene.QuickScenes;
import figs.render.scene.Run;
import figs.render.scene.Scene;
import figs.render.scene.SceneLoader;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The weights-under-L2 sweep (FIGURES.md §5), cut to a few epochs: its models, trained side by side
 * on every core, have the bits of each model trained alone, and the L2 factors reach the 3rd and 5th
 * layers, and only them.
 */
class SweepTest {
    @Test
    void modelsTrainedSideBySideMatchEachTrainedAlone() throws Exception {
        Scene scene = QuickScenes.shorten(new SceneLoader().load(Path.of("..", "scenes", "weights-under-l2.yaml")));
        RunResults runs = RunResults.compute(scene, line -> {});
        Run.Sweep sweep = (Run.Sweep) scene.runs().get("lambdas");
        assertEquals(7, runs.sweep("lambdas").size());
        for (int i = 0; i < sweep.l2().size(); i++) {
            var layers = sweep.item(i).layers();
            for (int j = 0; j < layers.size(); j++) {
                double expected = j == 2 || j == 4 ? sweep.l2().get(i) : 0;
                assertEquals(expected, layers.get(j).l2(), "item " + i + "'s factor on layer " + (j + 1));
            }
            History alone = Trainer.train(sweep.item(i), runs.split("moons"));
            float[] expected = alone.epochs().getLast().kernels().get(2);
            float[] actual = runs.sweep("lambdas").get(i).epochs().getLast().kernels().get(2);
            assertArrayEquals(expected, actual, "item " + i);
        }
    }
}
