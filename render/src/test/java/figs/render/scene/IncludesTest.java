package figs.render.scene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs shared between scenes through {@code include:}, and what goes wrong with them. */
class IncludesTest {
    private static final String SCENE = """
            include: [shared.yaml]
            figure:
              panels:
                - x: {pad: 0.5}
                  y: {pad: 0.5}
                  marks:
                    - {kind: points, of: moons, split: all}
            timeline: {each: still}
            outputs: {png: {}}
            """;
    private static final String SHARED = """
            runs:
              moons:
                kind: moons
                samples: 200
                noise: 0.2
            """;
    private final SceneLoader loader = new SceneLoader();

    @Test
    void theCatalogueSharesOneMoonsDataSet() throws Exception {
        Scene scene = loader.load(Path.of("..", "scenes", "bias-variance.yaml"));
        assertInstanceOf(Run.Data.class, scene.runs().get("moons"), "moons comes from scenes/common/moons.yaml");
    }

    @Test
    void aSceneTakesTheRunsOfTheFilesItIncludes(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("shared.yaml"), SHARED);
        Scene scene = loader.load(write(dir, "scene.yaml", SCENE));
        assertEquals(200, ((Run.Generator.Moons) ((Run.Data) scene.runs().get("moons")).generator()).samples());
    }

    /** The bad value sits in the shared file, so the error names that file and its line, not the scene. */
    @Test
    void anErrorInASharedRunNamesItsOwnFileAndLine(@TempDir Path dir) throws Exception {
        Path shared = write(dir, "shared.yaml", SHARED.replace("noise: 0.2", "noise: -1"));
        SceneError e = assertThrows(SceneError.class, () -> loader.load(write(dir, "scene.yaml", SCENE)));
        assertEquals(shared, e.file());
        assertEquals(5, e.line(), e.getMessage());
    }

    @Test
    void aFileThatIncludesItselfIsRefusedWithTheChain(@TempDir Path dir) throws Exception {
        write(dir, "shared.yaml", "include: [other.yaml]\n" + SHARED);
        write(dir, "other.yaml", "include: [shared.yaml]\n");
        SceneError e = assertThrows(SceneError.class, () -> loader.load(write(dir, "scene.yaml", SCENE)));
        assertTrue(e.getMessage().contains("includes itself: scene.yaml -> shared.yaml -> other.yaml -> shared.yaml"), e.getMessage());
    }

    @Test
    void aMissingFileOrATwiceDefinedRunIsAnErrorAtItsLine(@TempDir Path dir) throws Exception {
        SceneError missing = assertThrows(SceneError.class, () -> loader.load(write(dir, "scene.yaml", SCENE)));
        assertEquals(1, missing.line());
        assertTrue(missing.getMessage().contains("'shared.yaml' is not a file"), missing.getMessage());
        write(dir, "shared.yaml", SHARED);
        SceneError twice = assertThrows(SceneError.class, () -> loader.load(write(dir, "scene.yaml", SCENE + SHARED)));
        assertTrue(twice.getMessage().contains("also defined in shared.yaml"), twice.getMessage());
    }

    private static Path write(Path dir, String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }
}
