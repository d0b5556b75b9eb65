package figs.output.svg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import figs.output.Frame;
import figs.output.TestFrames;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

class SvgSinkTest {
    @TempDir
    Path folder;

    @Test
    void writesTheChosenFrameAsValidSvgWithPrefixedIdsAndText() throws Exception {
        Path svg = write(1, "fig-", "one.svg");
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        Document doc = factory.newDocumentBuilder().parse(svg.toFile());
        assertEquals("200", doc.getDocumentElement().getAttribute("width"));
        assertEquals("0 0 200 150", doc.getDocumentElement().getAttribute("viewBox"));
        String text = Files.readString(svg);
        assertTrue(text.contains(">frame 1<"), "text of frame 1 kept as text");
        assertTrue(text.contains("id=\"fig-"), "ids carry the prefix");
        assertTrue(!text.contains("<!--"), "no generator comment");
    }

    @Test
    void sameFrameSameBytes() throws IOException {
        assertArrayEquals(Files.readAllBytes(write(-1, "p-", "a.svg")), Files.readAllBytes(write(-1, "p-", "b.svg")));
    }

    private Path write(int index, String prefix, String name) throws IOException {
        List<Frame> frames = TestFrames.sequence(3, 200, 150, false);
        Path file = folder.resolve(name);
        try (SvgSink sink = new SvgSink(file, index, prefix)) {
            for (Frame f : frames) sink.accept(f);
        }
        return file;
    }
}
