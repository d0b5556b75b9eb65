package figs.render.scene;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Whatever document it is given, the loader ends with a scene or a scene error: never another
 * exception (a NullPointerException, a Jackson or SnakeYAML exception, an IllegalArgumentException
 * from a record), and never a hang. Documents are drawn from a seeded generator (the project's
 * Mersenne Twister), so a failure names its seed and comes back on every run.
 */
class SceneLoaderPropertiesTest {
    private static final Path SCENES = Path.of("..", "scenes");
    /** A scene loads in milliseconds; a second means something loops or blows up. */
    private static final Duration BOUNDED = Duration.ofSeconds(2);
    private static final String YAML_CHARACTERS = "abcdefghijklmnopqrstuvwxyz_0123456789 \n\t:{}[]-,#&*!|>'\".";

    private static final int MUTATED = 400;
    private static final int RANDOM = 200;
    private static final int MAX_RANDOM_LENGTH = 400;

    @TestFactory
    Stream<DynamicTest> aMutatedSceneEndsInASceneOrASceneError() {
        List<Path> files = sceneFiles();
        return java.util.stream.IntStream.range(0, MUTATED).mapToObj(seed -> {
            Path file = files.get(seed % files.size());
            Document document = new Document(file, SceneMutator.mutate(read(file), seed));
            return DynamicTest.dynamicTest("seed " + seed + ", " + file.getFileName(), () -> loadsOrFailsCleanly(document));
        });
    }

    @TestFactory
    Stream<DynamicTest> randomTextEndsInASceneError() {
        return java.util.stream.IntStream.range(0, RANDOM).mapToObj(seed -> {
            figs.math.random.MersenneTwister rng = new figs.math.random.MersenneTwister(seed);
            StringBuilder text = new StringBuilder();
            for (long n = rng.randomInterval(MAX_RANDOM_LENGTH); n > 0; n--) {
                text.append(YAML_CHARACTERS.charAt((int) rng.randomInterval(YAML_CHARACTERS.length() - 1)));
            }
            Document document = new Document(SCENES.resolve("random.yaml"), text.toString());
            return DynamicTest.dynamicTest("seed " + seed, () -> loadsOrFailsCleanly(document));
        });
    }

    private static void loadsOrFailsCleanly(Document document) {
        assertTimeoutPreemptively(BOUNDED, () -> {
            try {
                new SceneLoader().load(document.file(), document.text());
            } catch (SceneError expected) {
                // The one way a bad document may end.
            }
        }, document::toString);
    }

    /** A document and the file it pretends to be (includes are looked up beside it). */
    record Document(Path file, String text) {
        @Override
        public String toString() {
            return file + ":\n" + text;
        }
    }

    private static List<Path> sceneFiles() {
        try (Stream<Path> files = Files.list(SCENES)) {
            return files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
