package figs.render.frame;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import figs.output.Psnr;
import figs.output.Rasterizer;
import figs.render.run.RunResults;
import figs.render.scene.Scene;
import figs.render.scene.SceneError;
import figs.render.scene.SceneLoader;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** {@code size: {inches, dpi}} as matplotlib's figsize and dpi, and the figure's own title (suptitle). */
class FigureSizeAndTitleTest {
    private static final Path SCENE = Path.of("..", "scenes", "moons-dataset.yaml");
    private static final String SIZE = "size: [720, 720]";
    /**
     * A figure at 144 dpi averaged down 2 x 2 against the same figure at 72 dpi: only anti-aliased edges
     * and glyph rasterisation differ. Measured at 30.3 dB; the same scene laid out on a 720 px canvas at
     * 72 dpi (text and markers half as big once averaged down) measures 12.2 dB.
     */
    private static final double SAME_PICTURE_DB = 27;
    private final SceneLoader loader = new SceneLoader();

    @Test
    void inchesTimesDpiGivesThePixelSize() throws Exception {
        assertEquals(864, load("size: {inches: [12, 8], dpi: 72}").figure().width());
        assertEquals(576, load("size: {inches: [12, 8]}").figure().height(), "72 dpi unless told");
        Scene sharp = load("size: {inches: [10, 10], dpi: 144}");
        assertEquals(1440, sharp.figure().width());
        assertEquals(2, sharp.figure().pixelsPerPoint());
    }

    @Test
    void sizeMistakesAreSceneErrors() {
        assertTrue(failure("size: {inchs: [10, 10]}").contains("did you mean 'inches'?"));
        assertTrue(failure("size: {inches: [10, 10], dpi: 0}").contains("'dpi' is 0"));
        assertTrue(failure("size: {inches: [1000, 10], dpi: 72}").contains("8192"));
        assertTrue(failure("size: [720.5, 720]").contains("whole pixels"));
    }

    @Test
    void twiceTheDpiIsTheSamePictureAtTwiceTheResolution() throws Exception {
        BufferedImage at72 = draw(load("size: {inches: [5, 5], dpi: 72}"));
        BufferedImage at144 = draw(load("size: {inches: [5, 5], dpi: 144}"));
        assertEquals(2 * at72.getWidth(), at144.getWidth());
        double db = Psnr.rgb(at72, halved(at144));
        assertTrue(db > SAME_PICTURE_DB, "144 dpi averaged down agrees with 72 dpi to " + db + " dB");
    }

    @Test
    void suptitleIsDrawnAtTheTopAndChecksItsFields() throws Exception {
        BufferedImage without = draw(load(SIZE));
        BufferedImage with = draw(load(SIZE + "\n  title: \"Moons, frame {frame}\"\n  title_size: 16"));
        int band = (int) (0.06 * with.getHeight());   // the suptitle's band, above the panel title
        assertEquals(0, inkInTopBand(without, band), "nothing up there without a suptitle");
        assertTrue(inkInTopBand(with, band) > 100, "the suptitle's glyphs");
        assertTrue(failure(SIZE + "\n  title: \"{epoch}\"").contains("{epoch}"), "a still has no epoch");
    }

    private Scene load(String size) throws Exception {
        return loader.load(SCENE, Files.readString(SCENE).replace(SIZE, size));
    }

    private String failure(String size) {
        return assertThrows(SceneError.class, () -> load(size)).getMessage();
    }

    private static BufferedImage draw(Scene scene) {
        return Rasterizer.rasterize(new FigureDrawing(scene.figure(), RunResults.compute(scene, line -> {}),
                new FrameValues(0, 1, null, null)));
    }

    private static int inkInTopBand(BufferedImage image, int rows) {
        int ink = 0;
        for (int y = 0; y < rows; y++) {
            for (int x = 0; x < image.getWidth(); x++) if ((image.getRGB(x, y) & 0xffffff) != 0xffffff) ink++;
        }
        return ink;
    }

    private static BufferedImage halved(BufferedImage big) {
        BufferedImage out = new BufferedImage(big.getWidth() / 2, big.getHeight() / 2, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < out.getHeight(); y++) {
            for (int x = 0; x < out.getWidth(); x++) {
                int r = 0, g = 0, b = 0;
                for (int k = 0; k < 4; k++) {
                    int p = big.getRGB(2 * x + k % 2, 2 * y + k / 2);
                    r += p >> 16 & 255;
                    g += p >> 8 & 255;
                    b += p & 255;
                }
                out.setRGB(x, y, (r + 2) / 4 << 16 | (g + 2) / 4 << 8 | (b + 2) / 4);
            }
        }
        return out;
    }
}
