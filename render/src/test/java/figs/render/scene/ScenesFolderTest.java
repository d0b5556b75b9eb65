package figs.render.scene;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import figs.output.Rasterizer;
import figs.render.frame.FigureDrawing;
import figs.render.frame.FrameValues;
import figs.render.run.RunResults;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Every file in scenes/ is itself a test case: it loads, trains, and draws its first and last frames. */
class ScenesFolderTest {
    @TestFactory
    Stream<DynamicTest> everySceneLoadsTrainsAndDraws() throws IOException {
        List<Path> scenes;
        try (Stream<Path> files = Files.list(Path.of("..", "scenes"))) {
            scenes = files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        assertFalse(scenes.isEmpty(), "scenes/ holds scene files");
        SceneLoader loader = new SceneLoader();
        return scenes.stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> {
            Scene scene = QuickScenes.shorten(loader.load(p));
            RunResults runs = RunResults.compute(scene, line -> {});
            int count = FrameValues.count(scene.timeline(), runs);
            for (int i : new int[] {0, count - 1}) {
                BufferedImage frame = Rasterizer.rasterize(new FigureDrawing(scene.figure(), runs,
                        FrameValues.of(scene.timeline(), runs, i)));
                assertTrue(distinctColours(frame) > 10, p + " frame " + i + " draws something");
            }
        }));
    }

    private static long distinctColours(BufferedImage image) {
        return java.util.Arrays.stream(image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth()))
                .distinct().limit(100).count();
    }
}
