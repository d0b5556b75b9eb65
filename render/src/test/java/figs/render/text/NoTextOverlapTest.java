package figs.render.text;

import static org.junit.jupiter.api.Assertions.assertTrue;

import figs.render.frame.FigureDrawing;
import figs.render.frame.FrameValues;
import figs.render.run.RunResults;
import figs.render.scene.Scene;
import figs.render.scene.SceneLoader;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * No label's ink touches another's (tick labels, axis labels, titles, legend entries), in the first and
 * last frame of every scene in scenes/, at the scene's own size and at a table of sizes of the same
 * shape. Margins and spacing are fractions of the figure while text keeps its size in points, so a
 * scene squeezed into another shape (four stacked panels at 480 x 480) can collide: that is a layout
 * without constrained-layout, found by this test, not a size this table claims.
 */
class NoTextOverlapTest {
    /** Scales of each scene's own pixel size: smaller and larger at 72 dpi. */
    private static final double[] SCALES = {0.75, 1.5};
    /** The scene's own size in inches at 72 dpi, drawn at this dpi instead: the same picture, sharper. */
    private static final int SHARP_DPI = 144;
    /** Ink boxes may share an edge; they overlap when the shared region is wider and taller than this (px). */
    private static final double TOUCH = 0.5;
    private static final Pattern SIZE = Pattern.compile("(?m)^  size: (\\[[^\\]]*\\])");
    /** A size written after this is drawn with {@code layout: tight}, margins fitted to the measured text. */
    private static final String TIGHT = "tight ";

    @TestFactory
    Stream<DynamicTest> labelsOfEverySceneAtEverySizeKeepApart() throws IOException {
        List<Path> scenes;
        try (Stream<Path> files = Files.list(Path.of("..", "scenes"))) {
            scenes = files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        List<DynamicTest> tests = new ArrayList<>();
        for (Path file : scenes) {
            String text = Files.readString(file);
            Matcher own = SIZE.matcher(text);
            String written = own.find() ? own.group(1) : "[720, 720]";
            String[] wh = written.replaceAll("[\\[\\] ]", "").split(",");
            int width = Integer.parseInt(wh[0]), height = Integer.parseInt(wh[1]);
            List<String> sizes = new ArrayList<>();
            sizes.add(written);
            for (double k : SCALES) sizes.add("[" + Math.round(k * width) + ", " + Math.round(k * height) + "]");
            sizes.add("{inches: [" + width / 72.0 + ", " + height / 72.0 + "], dpi: " + SHARP_DPI + "}");
            sizes.add(TIGHT + "[" + Math.round(SCALES[0] * width) + ", " + Math.round(SCALES[0] * height) + "]");
            tests.add(DynamicTest.dynamicTest(file.getFileName().toString(), () -> check(file, text, sizes)));
        }
        return tests.stream();
    }

    private static void check(Path file, String text, List<String> sizes) throws Exception {
        SceneLoader loader = new SceneLoader();
        RunResults runs = null;
        for (String written : sizes) {
            String size = written.startsWith(TIGHT) ? written.substring(TIGHT.length()) + "\n  layout: tight" : written;
            String resized = SIZE.matcher(text).find() ? SIZE.matcher(text).replaceFirst("  size: " + Matcher.quoteReplacement(size))
                    : text.replaceFirst("(?m)^figure:\\n", "figure:\n  size: " + Matcher.quoteReplacement(size) + "\n");
            Scene scene = figs.render.scene.QuickScenes.shorten(loader.load(file, resized));
            if (runs == null) runs = RunResults.compute(scene, line -> {});
            int count = FrameValues.count(scene.timeline(), runs);
            for (int i : new int[] {0, count - 1}) {
                FigureDrawing drawing = new FigureDrawing(scene.figure(), runs,
                        FrameValues.of(scene.timeline(), runs, i));
                assertApart(boxes(drawing), file.getFileName() + " at " + size + ", frame " + i);
            }
        }
    }

    private static List<TextBoxes.Box> boxes(FigureDrawing drawing) {
        BufferedImage image = new BufferedImage(drawing.width(), drawing.height(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        TextBoxes boxes = TextBoxes.recordOn(g);
        drawing.paint(g);
        g.dispose();
        return boxes.boxes();
    }

    private static void assertApart(List<TextBoxes.Box> boxes, String where) {
        assertTrue(boxes.size() > 5, where + ": labels were recorded");
        for (int i = 0; i < boxes.size(); i++) {
            for (int j = i + 1; j < boxes.size(); j++) {
                var a = boxes.get(i).bounds();
                var b = boxes.get(j).bounds();
                double w = Math.min(a.getMaxX(), b.getMaxX()) - Math.max(a.getMinX(), b.getMinX());
                double h = Math.min(a.getMaxY(), b.getMaxY()) - Math.max(a.getMinY(), b.getMinY());
                assertTrue(w <= TOUCH || h <= TOUCH, where + ": '" + boxes.get(i).text() + "' " + a + " overlaps '"
                        + boxes.get(j).text() + "' " + b);
            }
        }
    }
}
