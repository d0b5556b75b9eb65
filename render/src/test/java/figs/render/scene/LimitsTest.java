package figs.render.scene;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import figs.math.data.Datasets;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Each limit stops its own typo with a message naming the limit and the property that raises it, and can be raised. */
class LimitsTest {
    private static final Path BASE = Path.of("src", "test", "resources", "bad-scenes-base.yaml");
    private static final Path SCENE = Path.of("limits.yaml");

    @Test
    void canvasSide() throws IOException {
        assertOverLimit(Limits.CANVAS, "size: [480, 360]", "size: [9000, 360]", "size: [9000");
    }

    @Test
    void frameCount() throws IOException {
        assertOverLimit(Limits.FRAMES, "epochs: 20", "epochs: 20000", "timeline:");
    }

    @Test
    void gridCells() throws IOException {
        assertOverLimit(Limits.GRID_CELLS, "nodes: 40", "nodes: 1500", "nodes: 1500");
    }

    @Test
    void networkParameters() throws IOException {
        assertOverLimit(Limits.PARAMETERS, "{units: 4, activation: relu}",
                "{units: 4000, activation: relu}\n        - {units: 4000, activation: relu}", "model:");
    }

    @Test
    void epochsTimesSamples() throws IOException {
        String tenMillionSamples = base().replace("samples: 200\n    factor", "samples: 10000000\n    factor");
        assertOverLimit(Limits.EPOCH_SAMPLES, tenMillionSamples, "epochs: 20", "epochs: 300", "epochs: 300");
        assertTrue(failure(tenMillionSamples.replace("epochs: 20", "epochs: 300")).getMessage().contains("3000000000"));
    }

    /** Its node count follows from the data's extent, so it is checked when the grid is laid, not when the scene is read. */
    @Test
    void gridAroundADataSetWithATinyStep() {
        var data = Datasets.circles(100, 0.3, 0.1, 0);
        LimitExceeded e = assertThrows(LimitExceeded.class, () -> new Run.GridAround("circles", 0.5, 1e-6).over(data));
        assertTrue(e.getMessage().contains("-D" + Limits.GRID_CELLS.property()), e.getMessage());
        assertTrue(e.getMessage().contains("'circles'"), e.getMessage());
        assertDoesNotThrow(() -> new Run.GridAround("circles", 0.5, 0.01).over(data));
    }

    @Test
    void aPropertyThatIsNotANumberLeavesTheDefault() {
        withProperty(Limits.FRAMES, "many", () -> assertEquals(10_000, Limits.FRAMES.value()));
    }

    /** Over the limit: its message at the line of {@code line}; with the limit raised to the asked amount: it loads. */
    private static void assertOverLimit(Limits limit, String from, String to, String line) throws IOException {
        assertOverLimit(limit, base(), from, to, line);
    }

    private static void assertOverLimit(Limits limit, String base, String from, String to, String line) {
        String text = base.replace(from, to);
        SceneError e = failure(text);
        assertTrue(e.getMessage().contains("-D" + limit.property() + "="), e.getMessage());
        assertTrue(e.getMessage().contains("over the limit of " + limit.value() + " "), e.getMessage());
        assertEquals(lineOf(text, line), e.line(), e.toString());
        withProperty(limit, String.valueOf(Long.MAX_VALUE), () -> assertDoesNotThrow(() -> new SceneLoader().load(SCENE, text)));
    }

    private static void withProperty(Limits limit, String value, Runnable check) {
        System.setProperty(limit.property(), value);
        try {
            check.run();
        } finally {
            System.clearProperty(limit.property());
        }
    }

    private static SceneError failure(String text) {
        return assertThrows(SceneError.class, () -> new SceneLoader().load(SCENE, text));
    }

    private static String base() throws IOException {
        return Files.readString(BASE);
    }

    private static int lineOf(String text, String needle) {
        return text.substring(0, text.indexOf(needle)).split("\n", -1).length;
    }
}
