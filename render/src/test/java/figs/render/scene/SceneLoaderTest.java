package figs.render.scene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class SceneLoaderTest {
    private static final Path SCENE = Path.of("..", "scenes", "boundary-circles.yaml");
    private final SceneLoader loader = new SceneLoader();

    @Test
    void loadsTheBoundaryScene() throws SceneError {
        Scene scene = loader.load(SCENE);
        assertEquals("boundary-circles", scene.name());
        Run.Train network = assertInstanceOf(Run.Train.class, scene.runs().get("network"));
        assertEquals(50, network.spec().epochs());
        assertEquals(5, network.spec().layers().size());
        assertEquals(100, network.spec().grid().nx());
        assertEquals(5, scene.outputs().size());
        assertEquals(720, scene.figure().width());
    }

    @Test
    void misspelledKeyNamesLineColumnAndTheNearestKey() throws IOException {
        SceneError e = failure(text().replace("{kind: regions, of: network", "{kind: regions, fo: network"));
        assertTrue(e.getMessage().contains("unknown key 'fo'"), e.getMessage());
        assertTrue(e.getMessage().contains("did you mean 'of'?"), e.getMessage());
        assertEquals(lineOf("kind: regions"), e.line());
        assertTrue(e.toString().startsWith(SCENE + ":" + e.line() + ":"), e.toString());
    }

    @Test
    void unknownMarkKindSuggestsTheRightOne() throws IOException {
        assertFailureSays(text().replace("kind: regions", "kind: regoins"), "unknown kind 'regoins'", "did you mean 'regions'?");
    }

    @Test
    void wrongTypeSaysWhatWasExpected() throws IOException {
        SceneError e = failure(text().replace("epochs: 50", "epochs: fifty"));
        assertTrue(e.getMessage().contains("must be a whole number"), e.getMessage());
        assertEquals(lineOf("epochs: 50"), e.line());
    }

    @Test
    void duplicateKeyIsAnError() throws IOException {
        assertFailureSays(text().replace("    epochs: 50\n", "    epochs: 50\n    epochs: 60\n"), "'epochs' is written twice");
    }

    @Test
    void outOfRangeValuePointsAtItsKey() throws IOException {
        SceneError e = failure(text().replace("alpha: 0.7", "alpha: 1.7"));
        assertTrue(e.getMessage().contains("'alpha' is 1.7"), e.getMessage());
        assertEquals(lineOf("alpha: 0.7"), e.line());
    }

    @Test
    void referenceToAMissingRunListsTheRunsThereAre() throws IOException {
        assertFailureSays(text().replace("of: network, colormap", "of: netwrk, colormap"), "no training or logistic run of that name", "network");
    }

    @Test
    void unknownTitleFieldIsAnError() throws IOException {
        assertFailureSays(text().replace("{epoch:03d}", "{epoc:03d}"), "{epoc}", "did you mean '{epoch}'");
    }

    @Test
    void unknownColormapListsTheKnownOnes() throws IOException {
        assertFailureSays(text().replace("colormap: Spectral, alpha", "colormap: Spectrum, alpha"), "Spectral");
    }

    @Test
    void optimizerKindsAndLayerPenaltiesComeThrough() throws Exception {
        Scene scene = loader.load(SCENE, text()
                .replace("optimizer: {kind: adamax, learning_rate: 0.002}", "optimizer: {kind: sgd, learning_rate: 0.05, momentum: 0.9, nesterov: true}")
                .replace("- {units: 6, activation: relu}\n        - {units: 6", "- {units: 6, activation: tanh, l2: 0.01}\n        - {units: 6"));
        var spec = ((Run.Train) scene.runs().get("network")).spec();
        assertEquals(new figs.math.optim.Sgd(0.05, 0.9, true), spec.optimizer());
        assertEquals(figs.math.nn.Activation.TANH, spec.layers().get(1).activation());
        assertEquals(0.01, spec.layers().get(1).l2());
    }

    @Test
    void unknownOptimizerSuggestsTheNearest() throws IOException {
        assertFailureSays(text().replace("kind: adamax", "kind: rmsporp"), "Did you mean 'rmsprop'?");
    }

    @Test
    void optimizerSettingOutOfRangeSaysWhich() throws IOException {
        assertFailureSays(text().replace("learning_rate: 0.002", "learning_rate: 0"), "learning rate must be a positive finite number, not 0.0");
    }

    @Test
    void stillTimelineOffersNoEpochToTitles() throws IOException {
        Path moons = Path.of("..", "scenes", "moons-train-set.yaml");
        SceneError e = assertThrows(SceneError.class, () -> loader.load(moons,
                Files.readString(moons).replace("title: \"Train set\"", "title: \"Train set {epoch}\"")));
        assertTrue(e.getMessage().contains("{epoch}") && e.getMessage().contains("Fields: frame"), e.getMessage());
    }

    @Test
    void panelWithContoursNeedsLimits() throws IOException {
        assertFailureSays(text().replace("x: {label: X, limits: [-1.5, 1.5]}", "x: {label: X}"), "only a panel of lines or points finds its own limits");
    }

    @Test
    void legendAsAMappingIsCheckedKeyByKey() throws IOException {
        Path activations = Path.of("..", "scenes", "activations.yaml");
        String text = Files.readString(activations);
        Scene scene = assertDoesNotThrowScene(activations, text);
        Figure.Legend legend = scene.figure().panels().getFirst().legend();
        assertEquals(new Figure.Legend("lower right", 14, true, java.awt.Color.BLACK), legend);
        SceneError e = assertThrows(SceneError.class, () -> loader.load(activations,
                text.replaceFirst("shadow: true", "shadwo: true")));
        assertTrue(e.getMessage().contains("legend"), e.getMessage());
        SceneError corner = assertThrows(SceneError.class, () -> loader.load(activations,
                text.replaceFirst("loc: lower right", "loc: lower middle")));
        assertTrue(corner.getMessage().contains("lower right"), corner.getMessage());
    }

    @Test
    void contourMarkDefaultsToTheDecisionBoundaryInBlack() throws Exception {
        String points = "        - {kind: points, of: circles";
        Scene scene = loader.load(SCENE, text().replace(points, "        - {kind: contour, of: network}\n" + points));
        Figure.Mark.Contour contour = assertInstanceOf(Figure.Mark.Contour.class, scene.figure().panels().getFirst().marks().get(1));
        assertEquals(java.util.List.of(0.5), contour.levels());
        assertEquals(java.awt.Color.BLACK, contour.color());
        assertFailureSays(text().replace(points, "        - {kind: contour, of: network, levels: []}\n" + points),
                "'levels' must be a list of at least one finite number");
        assertFailureSays(text().replace(points, "        - {kind: contour, of: network, colour: black}\n" + points),
                "unknown key 'colour'", "did you mean 'color'?");
    }

    private Scene assertDoesNotThrowScene(Path file, String text) {
        return org.junit.jupiter.api.Assertions.assertDoesNotThrow(() -> loader.load(file, text));
    }

    /** Loading {@code text} fails with a message holding every fragment. */
    private void assertFailureSays(String text, String... fragments) {
        SceneError e = failure(text);
        for (String f : fragments) assertTrue(e.getMessage().contains(f), e.getMessage());
    }

    private SceneError failure(String text) {
        return assertThrows(SceneError.class, () -> loader.load(SCENE, text));
    }

    private static String text() throws IOException {
        return Files.readString(SCENE);
    }

    private static int lineOf(String fragment) throws IOException {
        String[] lines = text().split("\n", -1);
        for (int i = 0; i < lines.length; i++) if (lines[i].contains(fragment)) return i + 1;
        throw new AssertionError(fragment + " not in the scene");
    }
}
