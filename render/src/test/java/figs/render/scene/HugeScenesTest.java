package figs.render.scene;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Documents built to exhaust memory or time are refused quickly, with a message saying why. */
class HugeScenesTest {
    private static final long FIFTY_MB = 50L << 20;
    /** Generous for a slow CI machine; reading and parsing 50 MB of YAML takes several seconds. */
    private static final Duration QUICKLY = Duration.ofSeconds(1);

    @TempDir
    Path folder;

    @Test
    void aFiftyMegabyteFileIsRefusedUnread() throws IOException {
        Path scene = folder.resolve("huge.yaml");
        try (Writer out = Files.newBufferedWriter(scene, StandardCharsets.UTF_8)) {
            out.write("runs:\n");
            for (long i = 0; Files.size(scene) < FIFTY_MB && i < FIFTY_MB / 24; i++) out.write("  r" + i + ": {kind: moons}\n");
        }
        assertTrue(Files.size(scene) >= FIFTY_MB - 1024, "the file is about 50 MB: " + Files.size(scene));
        long start = System.nanoTime();
        SceneError e = assertThrows(SceneError.class, () -> new SceneLoader().load(scene));
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertTrue(e.getMessage().contains("-D" + Limits.SCENE_BYTES.property()), e.getMessage());
        assertTrue(took.compareTo(QUICKLY) < 0, "refused in " + took.toMillis() + " ms");
        System.out.println("50 MB scene refused in " + took.toMillis() + " ms");
    }

    /** Text handed over in memory skips the file size check; SnakeYAML's code point limit stops it. */
    @Test
    void aLargeDocumentInMemoryIsStoppedByTheParser() {
        StringBuilder text = new StringBuilder("runs:\n");
        for (int i = 0; text.length() <= 2 * Limits.SCENE_BYTES.value(); i++) text.append("  r").append(i).append(": {kind: moons}\n");
        SceneError e = assertThrows(SceneError.class, () -> new SceneLoader().load(folder.resolve("big.yaml"), text.toString()));
        assertTrue(e.getMessage().contains(Limits.SCENE_BYTES.property()), e.getMessage());
    }

    @Test
    void billionLaughsIsRefusedAtItsFirstAlias() throws SceneError {
        Path bomb = BadScenesTest.CORPUS.resolve("alias-bomb.yaml");
        new SceneLoader().load(Path.of("src", "test", "resources", "bad-scenes-base.yaml")); // classes loaded, so the time is the refusal's
        long start = System.nanoTime();
        SceneError e = assertThrows(SceneError.class, () -> new SceneLoader().load(bomb));
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertTrue(e.getMessage().contains("alias *a"), e.getMessage());
        assertTrue(took.compareTo(QUICKLY) < 0, "refused in " + took.toMillis() + " ms");
        System.out.println("alias bomb refused in " + took.toMillis() + " ms");
    }
}
