package figs.render.scene;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Whatever document it is given, the loader ends with a scene or a scene error: never another
 * exception (a NullPointerException, a Jackson or SnakeYAML exception, an IllegalArgumentException
 * from a record), and never a hang.
 */
class SceneLoaderPropertiesTest {
    private static final Path SCENES = Path.of("..", "scenes");
    /** A scene loads in milliseconds; a second means something loops or blows up. */
    private static final Duration BOUNDED = Duration.ofSeconds(2);
    private static final String YAML_CHARACTERS = "abcdefghijklmnopqrstuvwxyz_0123456789 \n\t:{}[]-,#&*!|>'\".";

    @Property(tries = 400)
    void aMutatedSceneEndsInASceneOrASceneError(@ForAll("mutatedScenes") Document document) {
        loadsOrFailsCleanly(document);
    }

    @Property(tries = 200)
    void randomTextEndsInASceneError(@ForAll("randomTexts") Document document) {
        loadsOrFailsCleanly(document);
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

    @Provide
    Arbitrary<Document> mutatedScenes() {
        return Combinators.combine(Arbitraries.of(sceneFiles()), Arbitraries.longs())
                .as((file, seed) -> new Document(file, SceneMutator.mutate(read(file), seed)));
    }

    @Provide
    Arbitrary<Document> randomTexts() {
        return Arbitraries.strings().withChars(YAML_CHARACTERS).ofMaxLength(400)
                .map(text -> new Document(SCENES.resolve("random.yaml"), text));
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
