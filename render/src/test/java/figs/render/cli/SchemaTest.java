package figs.render.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import figs.render.scene.SceneSchema;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The committed schema is what {@code figs schema} prints, and every scene file points editors at it. */
class SchemaTest {
    private static final Path COMMITTED = Path.of("..", "docs", "scene.schema.json");
    static final String FIRST_LINE = "# yaml-language-server: $schema=../docs/scene.schema.json";

    @Test
    void theCommittedSchemaIsWhatFigsSchemaPrints() throws IOException {
        StringWriter out = new StringWriter();
        picocli.CommandLine cli = Figs.commandLine();
        cli.setOut(new PrintWriter(out, true));
        assertEquals(0, cli.execute("schema"));
        assertEquals(SceneSchema.json(), out.toString());
        assertEquals(out.toString(), Files.readString(COMMITTED),
                "docs/scene.schema.json is stale; regenerate it: scripts/figs schema > docs/scene.schema.json");
    }

    @Test
    void everySceneFileStartsWithTheSchemaComment() throws IOException {
        List<Path> scenes;
        try (Stream<Path> files = Files.list(Path.of("..", "scenes"))) {
            scenes = files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        for (Path scene : scenes) {
            assertEquals(FIRST_LINE, Files.readAllLines(scene).getFirst(), scene.toString());
        }
    }

    @Test
    void theSchemaIsStrictAndNamesEveryKind() {
        String schema = SceneSchema.json();
        assertTrue(schema.contains("\"additionalProperties\": false"));
        for (String kind : List.of("circles", "moons", "train", "curve", "descent", "regions", "points", "lines", "function",
                "surface", "path", "wireframe", "point")) {
            assertTrue(schema.contains("\"const\": \"" + kind + "\""), kind);
        }
    }
}
