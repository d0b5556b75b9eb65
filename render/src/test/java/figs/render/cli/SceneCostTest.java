package figs.render.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import figs.render.scene.Scene;
import figs.render.scene.SceneLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The catalogue's batch starts with its longest scenes: the trainings, then the long animations; stills last. */
class SceneCostTest {
    @Test
    void theCatalogueStartsWithTheSweepAndEndsWithTheStills() throws Exception {
        List<Scene> scenes = new ArrayList<>();
        SceneLoader loader = new SceneLoader();
        for (Path file : SceneFiles.of(List.of(Path.of("..", "scenes")))) scenes.add(loader.load(file));
        List<String> order = SceneCost.longestFirst(scenes).stream().map(Scene::name).toList();
        assertEquals("weights-under-l2", order.getFirst(), order.toString());
        assertEquals("train-vs-validation", order.get(1), order.toString());
        for (String still : List.of("moons-dataset", "moons-train-set", "moons-test-set", "activations")) {
            assertTrue(order.indexOf(still) >= order.size() - 4, still + " in " + order);
        }
        assertTrue(order.indexOf("critical-points") < order.indexOf("gradient-descent"), order.toString());
    }
}
