package figs.render.scene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import figs.output.mp4.Mp4Sink;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The {@code mp4} output's quality setting: its default, its range, and errors that point at it. */
class Mp4OutputTest {
    private static final Path SCENE = Path.of("..", "scenes", "boundary-circles.yaml");
    private static final String MP4_LINE = "mp4: {fps: 10}";
    private final SceneLoader loader = new SceneLoader();

    @Test
    void withoutQpTheSinksDefaultIsUsed() throws Exception {
        assertEquals(new Output.Mp4(10, Mp4Sink.DEFAULT_QP), mp4Of(text()));
    }

    @Test
    void qpFromTheSceneComesThrough() throws Exception {
        assertEquals(new Output.Mp4(10, 29), mp4Of(text().replace(MP4_LINE, "mp4: {fps: 10, qp: 29}")));
    }

    @Test
    void qpAboveH264sRangeNamesLineColumnAndTheRange() throws IOException {
        String scene = text().replace(MP4_LINE, "mp4: {fps: 10, qp: 52}");
        SceneError e = failure(scene);
        assertTrue(e.getMessage().contains("'qp' is 52, but must be from 0 to 51"), e.getMessage());
        assertEquals(lineOf(MP4_LINE), e.line());
        assertEquals(scene.split("\n")[e.line() - 1].indexOf("qp: 52") + 1, e.column(), "the column of the key: " + e);
    }

    @Test
    void negativeQpIsAnError() throws IOException {
        SceneError e = failure(text().replace(MP4_LINE, "mp4: {fps: 10, qp: -1}"));
        assertTrue(e.getMessage().contains("'qp' is -1, but must be from 0 to 51"), e.getMessage());
    }

    @Test
    void misspelledQpSuggestsIt() throws IOException {
        SceneError e = failure(text().replace(MP4_LINE, "mp4: {fps: 10, pq: 20}"));
        assertTrue(e.getMessage().contains("did you mean 'qp'?"), e.getMessage());
    }

    private Output mp4Of(String text) throws SceneError {
        return loader.load(SCENE, text).outputs().stream().filter(Output.Mp4.class::isInstance).findFirst().orElseThrow();
    }

    private SceneError failure(String text) {
        return assertThrows(SceneError.class, () -> loader.load(SCENE, text));
    }

    private static String text() throws IOException {
        String text = Files.readString(SCENE);
        assertTrue(text.contains(MP4_LINE), "the scene's mp4 line changed; update MP4_LINE");
        return text;
    }

    private static int lineOf(String fragment) throws IOException {
        String[] lines = text().split("\n", -1);
        for (int i = 0; i < lines.length; i++) if (lines[i].contains(fragment)) return i + 1;
        throw new AssertionError(fragment + " not in the scene");
    }
}
