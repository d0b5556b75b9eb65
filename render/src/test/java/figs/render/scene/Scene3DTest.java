package figs.render.scene;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import figs.output.svg.SvgSink;
import figs.render.frame.FigureDrawing;
import figs.render.frame.FrameValues;
import figs.render.run.RunResults;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The gradient-descent scene (FIGURES.md §2): descent runs, a turning camera, and their errors. */
class Scene3DTest {
    private static final Path SCENE = Path.of("..", "scenes", "gradient-descent.yaml");
    private final SceneLoader loader = new SceneLoader();

    @Test
    void oneFramePerStepWithTheCameraFromTheScenesFormulas() throws Exception {
        Scene scene = loader.load(SCENE);
        RunResults runs = RunResults.compute(scene, line -> {});
        assertEquals(180, FrameValues.count(scene.timeline(), runs));
        Figure.View view = scene.figure().panels().getFirst().view();
        assertEquals(48, view.elevAt(0), 1e-12, "30 + (90 - 0)/5");
        assertEquals(30 + (90 - 179) / 5.0, view.elevAt(179), 1e-12);
        assertEquals(45 + 2 * 179, view.azimAt(179), 1e-12);
        var path = runs.descent("descent").path();
        assertArrayEquals(new double[] {-1, -1.5}, path.getFirst().position(), "the descent starts where the scene says");
        assertTrue(path.getLast().value() < path.getFirst().value() / 2, "the loss falls: " + path.getLast().value());
        FrameValues tenth = FrameValues.of(scene.timeline(), runs, 9);
        assertEquals(10, tenth.pathLength(180), "frame i shows the path up to step i");
        assertEquals(10, tenth.fields().get("step"));
    }

    @Test
    void theSameFrameGivesTheSameSvgBytes(@TempDir Path folder) throws Exception {
        Scene scene = loader.load(SCENE);
        RunResults runs = RunResults.compute(scene, line -> {});
        byte[] first = svg(scene, runs, folder.resolve("a"));
        byte[] again = svg(scene, RunResults.compute(loader.load(SCENE), line -> {}), folder.resolve("b"));
        assertArrayEquals(first, again);
        String text = new String(first, java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(text.split("<path").length > 2500, "the surface stays vector: one path per cell");
    }

    @Test
    void aCameraThatIsNotAFormulaOfIIsAnErrorAtItsLine() throws IOException {
        String text = Files.readString(SCENE).replace("azim: \"45 + 2*i\"", "azim: \"45 + 2*j\"");
        SceneError e = assertThrows(SceneError.class, () -> loader.load(SCENE, text));
        assertTrue(e.getMessage().contains("'j'") && e.getMessage().contains("formula of the frame number i"), e.getMessage());
        assertEquals(lineOf(text, "azim: \"45 + 2*j\""), e.line());
    }

    @Test
    void threeDMarksNeedAThreeDPanelAndASurfaceNeedsASampledFormula() throws IOException {
        String flat = Files.readString(SCENE).replaceFirst("    - view: [^\n]*\n      x:", "    - x:");
        SceneError noView = assertThrows(SceneError.class, () -> loader.load(SCENE, flat));
        assertTrue(noView.getMessage().contains("need a 3-D panel"), noView.getMessage());
        String bare = Files.readString(SCENE).replace("    surface: {x: [-5, 5], y: [-5, 5], nodes: 100}", "");
        SceneError noSurface = assertThrows(SceneError.class, () -> loader.load(SCENE, bare));
        assertTrue(noSurface.getMessage().contains("samples no surface"), noSurface.getMessage());
    }

    @Test
    void aDescentFormulaWithAnUnknownNamePointsAtTheColumn() throws IOException {
        String text = Files.readString(SCENE).replace("mean((sin(b*cos(a*x_i)) - y_i)^2)", "mean((sin(b*cos(c*x_i)) - y_i)^2)");
        SceneError e = assertThrows(SceneError.class, () -> loader.load(SCENE, text));
        assertTrue(e.getMessage().contains("'c'") && e.getMessage().contains("column"), e.getMessage());
        assertNotEquals(0, e.line());
    }

    private static byte[] svg(Scene scene, RunResults runs, Path folder) throws Exception {
        Files.createDirectories(folder);
        Path file = folder.resolve("frame.svg");
        try (SvgSink sink = new SvgSink(file, 90, "gd-")) {
            sink.accept(new figs.output.Frame(90, 180,
                    new FigureDrawing(scene.figure(), runs, FrameValues.of(scene.timeline(), runs, 90)), null));
        }
        return Files.readAllBytes(file);
    }

    private static int lineOf(String text, String fragment) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) if (lines[i].contains(fragment)) return i + 1;
        throw new AssertionError(fragment);
    }
}
