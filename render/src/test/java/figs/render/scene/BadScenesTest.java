package figs.render.scene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The corpus of bad scenes: each {@code NAME.yaml} must fail with exactly the line in {@code NAME.expected},
 * so a message that gets worse (a Jackson phrase, a lost line number, a stack trace) fails here.
 */
class BadScenesTest {
    static final Path CORPUS = Path.of("src", "test", "resources", "bad-scenes");
    private static final Path BASE = Path.of("src", "test", "resources", "bad-scenes-base.yaml");
    private static final int AT_LEAST = 40;

    static Stream<String> names() throws IOException {
        try (Stream<Path> files = Files.list(CORPUS)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yaml"))
                    .map(n -> n.substring(0, n.length() - ".yaml".length())).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("names")
    void failsWithExactlyTheExpectedLineAndWritesNothing(String name) throws IOException {
        Path scene = CORPUS.resolve(name + ".yaml");
        String expected = Files.readString(CORPUS.resolve(name + ".expected")).strip();
        List<String> before = listing();
        SceneError e = assertThrows(SceneError.class, () -> new SceneLoader().load(scene));
        assertEquals(scene, e.file());
        assertEquals(expected, e.file().getFileName() + e.toString().substring(e.file().toString().length()));
        assertFalse(e.getMessage().contains("\n"), "one paragraph: " + e.getMessage());
        assertEquals(before, listing(), "loading writes nothing");
    }

    @Test
    void everyBadSceneHasItsExpectedLineAndTheCorpusIsLargeEnough() throws IOException {
        List<String> names = names().toList();
        assertTrue(names.size() >= AT_LEAST, names.size() + " bad scenes");
        for (String name : names) assertTrue(Files.exists(CORPUS.resolve(name + ".expected")), name);
    }

    /** The mutations are the only faults: the scene they are made from loads. */
    @Test
    void theBaseTheBadScenesAreMadeFromLoads() throws SceneError {
        assertEquals(3, new SceneLoader().load(BASE).runs().size());
    }

    private static List<String> listing() throws IOException {
        try (Stream<Path> files = Files.list(CORPUS)) {
            return files.map(Path::toString).sorted().toList();
        }
    }
}
