package figs.render.scene;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Every file in scenes/ is itself a test case: it must load and validate. */
class ScenesFolderTest {
    @TestFactory
    Stream<DynamicTest> everySceneLoads() throws IOException {
        List<Path> scenes;
        try (Stream<Path> files = Files.list(Path.of("..", "scenes"))) {
            scenes = files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        assertFalse(scenes.isEmpty(), "scenes/ holds scene files");
        SceneLoader loader = new SceneLoader();
        return scenes.stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> loader.load(p)));
    }
}
