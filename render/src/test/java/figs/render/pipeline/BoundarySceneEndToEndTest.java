package figs.render.pipeline;

import static figs.output.Processes.run;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import figs.math.train.History;
import figs.output.Rasterizer;
import figs.render.contour.ContourLevels;
import figs.render.frame.FigureDrawing;
import figs.render.frame.FrameValues;
import figs.render.run.RunResults;
import figs.render.scene.Scene;
import figs.render.scene.SceneLoader;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The first real figure through every stage: scene, training, frames, and all five files. */
class BoundarySceneEndToEndTest {
    private static final Path SCENE = Path.of("..", "scenes", "boundary-circles.yaml");
    private static final int FRAMES = 50;
    private static final int SIDE = 720;
    /** Issue 2's floor for frames decoded from the MP4, luma compared in yuv420p. */
    private static final double MIN_LUMA_PSNR_DB = 30;
    private static final int TRAIN_POINTS = 900;
    private static final List<String> FILES = List.of("boundary-circles.gif", "boundary-circles.mp4",
            "boundary-circles.svg", "boundary-circles.png", "boundary-circles-frames.png");

    @TempDir
    static Path work;
    static Scene scene;
    static Path first;
    static Path second;

    @BeforeAll
    static void renderTwice() throws Exception {
        scene = new SceneLoader().load(SCENE);
        first = work.resolve("first");
        second = work.resolve("second");
        new SceneRenderer(line -> {}).render(scene, first);
        new SceneRenderer(line -> {}).render(scene, second);
    }

    @Test
    void writesEveryDeclaredFile() {
        for (String name : FILES) assertTrue(Files.isRegularFile(first.resolve(name)), name);
    }

    @Test
    void twoRendersGiveTheSameBytes() throws IOException {
        for (String name : FILES) {
            assertArrayEquals(Files.readAllBytes(first.resolve(name)), Files.readAllBytes(second.resolve(name)), name);
        }
    }

    @Test
    void gifHasFiftyLoopingFramesOfATenthOfASecond() throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(first.resolve("boundary-circles.gif").toFile())) {
            ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
            reader.setInput(in);
            assertEquals(FRAMES, reader.getNumImages(true));
            for (int i = 0; i < FRAMES; i++) {
                IIOMetadataNode root = (IIOMetadataNode) reader.getImageMetadata(i).getAsTree("javax_imageio_gif_image_1.0");
                IIOMetadataNode control = (IIOMetadataNode) root.getElementsByTagName("GraphicControlExtension").item(0);
                assertEquals("10", control.getAttribute("delayTime"), "frame " + i);
            }
        }
        String bytes = new String(Files.readAllBytes(first.resolve("boundary-circles.gif")), java.nio.charset.StandardCharsets.ISO_8859_1);
        assertTrue(bytes.contains("NETSCAPE2.0"), "loop extension");
    }

    @Test
    void mp4IsH264WithFiftyFramesAtTenPerSecond() throws Exception {
        String probe = run("ffprobe", "-v", "error", "-select_streams", "v:0", "-count_frames", "-show_entries",
                "stream=codec_name,pix_fmt,r_frame_rate,nb_read_frames,width,height", "-of", "default=nw=1",
                first.resolve("boundary-circles.mp4").toString()).toString();
        Map<String, String> fields = new TreeMap<>();
        for (String line : probe.split("\n")) if (line.contains("=")) fields.put(line.split("=")[0], line.split("=")[1].trim());
        assertEquals("h264", fields.get("codec_name"), probe);
        assertEquals("yuv420p", fields.get("pix_fmt"), probe);
        assertEquals("10/1", fields.get("r_frame_rate"), probe);
        assertEquals(String.valueOf(FRAMES), fields.get("nb_read_frames"), probe);
        assertEquals(String.valueOf(SIDE), fields.get("width"), probe);
    }

    @Test
    void mp4FramesMatchTheRenderedFrames() throws Exception {
        // Decoded as yuv420p, as stored: each frame is its Y plane followed by the quarter-size Cb and Cr planes.
        byte[] yuv = run("ffmpeg", "-v", "error", "-i", first.resolve("boundary-circles.mp4").toString(),
                "-f", "rawvideo", "-pix_fmt", "yuv420p", "-").toByteArray();
        int frameBytes = SIDE * SIDE * 3 / 2;
        assertEquals(FRAMES * frameBytes, yuv.length, "decoded frame bytes");
        RunResults runs = RunResults.compute(scene, line -> {});
        History history = runs.history(scene.timeline().run());
        List<Double> psnrs = new ArrayList<>();
        for (int i = 0; i < FRAMES; i++) {
            BufferedImage source = Rasterizer.rasterize(new FigureDrawing(scene.figure(), runs,
                    new FrameValues(i, FRAMES, history.epochs().get(i), null)));
            psnrs.add(lumaPsnr(source, yuv, i * frameBytes));
        }
        double worst = psnrs.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
        assertTrue(worst >= MIN_LUMA_PSNR_DB, "worst luma PSNR " + worst + " dB; all: " + psnrs);
    }

    @Test
    void svgHoldsTheContourPathsAndThePoints() throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        // Batik writes the SVG 1.0 DOCTYPE; reading it must not go to the network.
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        Document svg = factory.newDocumentBuilder().parse(first.resolve("boundary-circles.svg").toFile());
        assertEquals("svg", svg.getDocumentElement().getLocalName());
        assertEquals(bandsPresentInLastFrame(), filledPaths(svg), "one filled path per contour band present");
        int circles = svg.getElementsByTagNameNS("*", "circle").getLength();
        assertTrue(circles >= TRAIN_POINTS, "a circle per train point, got " + circles);
        assertTrue(svg.getElementsByTagNameNS("*", "text").getLength() > 0, "text stays text");
    }

    /** Paths painted with a fill colour of their own: the contour bands (clip paths have none). */
    private static int filledPaths(Document svg) {
        NodeList paths = svg.getElementsByTagNameNS("*", "path");
        int filled = 0;
        for (int i = 0; i < paths.getLength(); i++) {
            if (((Element) paths.item(i)).getAttribute("fill").startsWith("rgb(")) filled++;
        }
        return filled;
    }

    /** The scene asks for matplotlib's automatic levels, which always leave every band some area. */
    private static int bandsPresentInLastFrame() {
        RunResults runs = RunResults.compute(scene, line -> {});
        float min = 1, max = 0;
        for (float p : runs.history(scene.timeline().run()).epochs().getLast().probabilities()) {
            min = Math.min(min, p);
            max = Math.max(max, p);
        }
        return ContourLevels.auto(7, min, max).bands();
    }

    /** PSNR of the decoded luma plane against the source frame's BT.601 limited-range luma. */
    private static double lumaPsnr(BufferedImage source, byte[] decoded, int offset) {
        double squared = 0;
        for (int y = 0; y < SIDE; y++) {
            for (int x = 0; x < SIDE; x++) {
                int rgb = source.getRGB(x, y);
                double r = (rgb >> 16) & 255, g = (rgb >> 8) & 255, b = rgb & 255;
                double expected = 16 + (65.481 * r + 128.553 * g + 24.966 * b) / 255;
                double d = (decoded[offset + y * SIDE + x] & 255) - expected;
                squared += d * d;
            }
        }
        double mse = squared / (SIDE * SIDE);
        return 10 * Math.log10(255 * 255 / Math.max(mse, 1e-12));
    }
}
