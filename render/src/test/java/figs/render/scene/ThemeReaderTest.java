package figs.render.scene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import figs.render.theme.Theme;
import figs.render.theme.Themes;
import java.awt.Color;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The figure's {@code theme:} as a name or as a base with overrides, read as strictly as the rest of a scene. */
class ThemeReaderTest {
    private static final Path SCENE = Path.of("..", "scenes", "activations.yaml");
    private static final String AS_WRITTEN = "theme: whitegrid";
    private final SceneLoader loader = new SceneLoader();

    @Test
    void aNamePicksThatTheme() throws Exception {
        assertEquals(Themes.DARK, load("theme: dark").figure().theme());
        assertEquals(Themes.PAPER, load("theme: paper").figure().theme());
        assertEquals(Themes.WHITEGRID, load("").figure().theme(), "whitegrid when no theme is named");
    }

    @Test
    void overridesReplaceOnlyTheValuesTheyName() throws Exception {
        Theme theme = load("theme: {base: paper, grid: true, tick_label_size: 8, spines: [left], cycle: ['#000000', '#ff0000']}")
                .figure().theme();
        assertTrue(theme.grid());
        assertEquals(8, theme.tickLabelSize());
        assertEquals(Set.of(Theme.Side.LEFT), theme.spines());
        assertEquals(List.of(Color.BLACK, Color.RED), theme.cycle());
        assertEquals(Themes.PAPER.axisLabelSize(), theme.axisLabelSize());
        assertEquals(Themes.PAPER.spineColor(), theme.spineColor());
    }

    @Test
    void overridesWithoutABaseStartFromWhitegrid() throws Exception {
        Theme theme = load("theme: {axes_face: '#eaeaf2'}").figure().theme();
        assertEquals(new Color(0xeaeaf2), theme.axesFace());
        assertEquals(Themes.WHITEGRID.gridColor(), theme.gridColor());
    }

    @Test
    void panelTextSizesDefaultToTheThemes() throws Exception {
        String text = Files.readString(SCENE).replace(AS_WRITTEN, "theme: dark")
                .replace("      title_size: 18\n", "").replace("      label_size: 14\n", "");
        Figure.Panel panel = loader.load(SCENE, text).figure().panels().getFirst();
        assertEquals(Themes.DARK.titleSize(), panel.titleSize());
        assertEquals(Themes.DARK.axisLabelSize(), panel.labelSize());
    }

    @Test
    void misspeltOverrideNamesTheNearestKeyAtItsLine() throws Exception {
        SceneError e = failure("theme: {base: dark,\n    gird: true}");
        assertTrue(e.getMessage().contains("unknown key 'gird'") && e.getMessage().contains("did you mean 'grid'?"), e.getMessage());
        assertEquals(lineOf(AS_WRITTEN) + 1, e.line(), "the line of the misspelt key");
    }

    @Test
    void wrongTypesUnknownNamesAndColoursAreErrors() {
        assertTrue(failure("theme: {tick_label_size: big}").getMessage().contains("'tick_label_size' must be a number"));
        assertTrue(failure("theme: drak").getMessage().contains("Did you mean 'dark'?"));
        assertTrue(failure("theme: {base: papr}").getMessage().contains("Did you mean 'paper'?"));
        assertTrue(failure("theme: {text: greyish}").getMessage().contains("#rrggbb"));
        assertTrue(failure("theme: {spines: [left, middle]}").getMessage().contains("bottom, left, right, top"));
        assertTrue(failure("theme: {title_size: -3}").getMessage().contains("'title_size' is -3"));
        assertTrue(failure("theme: {cycle: []}").getMessage().contains("at least one colour"));
        assertTrue(failure("theme: [dark]").getMessage().contains("a theme's name"));
    }

    @Test
    void themesDiffer() {
        assertFalse(Themes.DARK.grid(), "dark_background keeps matplotlib's axes.grid: False");
        assertEquals(Color.BLACK, Themes.DARK.figureBackground());
        assertEquals(Set.of(Theme.Side.LEFT, Theme.Side.BOTTOM), Themes.PAPER.spines());
    }

    private Scene load(String theme) throws Exception {
        return loader.load(SCENE, Files.readString(SCENE).replace(AS_WRITTEN, theme));
    }

    private SceneError failure(String theme) {
        return assertThrows(SceneError.class, () -> load(theme));
    }

    private static int lineOf(String fragment) throws IOException {
        List<String> lines = Files.readAllLines(SCENE);
        for (int i = 0; i < lines.size(); i++) if (lines.get(i).contains(fragment)) return i + 1;
        throw new AssertionError(fragment + " not in " + SCENE);
    }
}
