package figs.render.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import figs.output.Frame;
import figs.output.Processes;
import figs.output.Psnr;
import figs.output.Rasterizer;
import figs.output.svg.SvgSink;
import figs.render.frame.FigureDrawing;
import figs.render.frame.FrameValues;
import figs.render.run.RunResults;
import figs.render.scene.Scene;
import figs.render.scene.SceneLoader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Batik's SVG of a scene's last frame, rendered by a second renderer (librsvg's rsvg-convert), looks
 * like the raster frame drawn by Java2D from the same paint calls.
 */
class SvgMatchesRasterTest {
    /**
     * Measured (librsvg 2.54, JDK 25): boundary-circles 32.1 dB, activations 29.3 dB, moons-dataset
     * 37.3 dB; the renderers differ only in edge anti-aliasing and glyph rasterisation, most in the
     * text-heavy activations figure. The same rsvg picture moved by one pixel right and down measures
     * 19.1, 21.0 and 16.4 dB. 25 dB sits about 4 dB from both: a frame whose shapes are out of place,
     * scaled or missing fails, two renderers' edges pass.
     */
    private static final double MIN_AGREEMENT_DB = 25;

    @TempDir
    Path folder;

    @ParameterizedTest
    @CsvSource({"boundary-circles", "activations", "moons-dataset"})
    void rsvgRendersTheSvgLikeTheRaster(String name) throws Exception {
        Assumptions.assumeTrue(onPath("rsvg-convert"), "rsvg-convert is not installed (CI installs librsvg2-bin)");
        Path file = Path.of("..", "scenes", name + ".yaml");
        Scene scene = new SceneLoader().load(file);
        RunResults runs = RunResults.compute(scene, line -> {});
        int count = FrameValues.count(scene.timeline(), runs);
        FigureDrawing drawing = new FigureDrawing(scene.figure(), runs, FrameValues.of(scene.timeline(), runs, count - 1));
        BufferedImage raster = Rasterizer.rasterize(drawing);
        Path svg = folder.resolve(name + ".svg");
        try (SvgSink sink = new SvgSink(svg, -1, name + "-")) {
            sink.accept(new Frame(count - 1, count, drawing, raster));
        }
        BufferedImage rendered = opaque(ImageIO.read(new ByteArrayInputStream(
                Processes.run("rsvg-convert", "--format", "png", svg.toString()).toByteArray())));
        assertEquals(raster.getWidth(), rendered.getWidth());
        assertEquals(raster.getHeight(), rendered.getHeight());
        double agreement = Psnr.rgb(raster, rendered);
        assertTrue(agreement >= MIN_AGREEMENT_DB, name + ": rsvg and Java2D agree to " + agreement + " dB");
    }

    /** rsvg leaves no pixel transparent here (the figure fills its background), but flatten to be sure. */
    private static BufferedImage opaque(BufferedImage image) {
        BufferedImage out = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        var g = out.createGraphics();
        g.drawImage(image, 0, 0, java.awt.Color.WHITE, null);
        g.dispose();
        return out;
    }

    private static boolean onPath(String tool) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, tool))) return true;
        }
        return false;
    }
}
