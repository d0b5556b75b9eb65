package figs.output.svg;

import figs.output.AtomicFile;
import figs.output.Drawing;
import figs.output.Frame;
import figs.output.FrameSink;
import figs.output.Still;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.apache.batik.dom.GenericDOMImplementation;
import org.apache.batik.svggen.SVGGeneratorContext;
import org.apache.batik.svggen.SVGGraphics2D;
import org.apache.batik.svggen.SVGIDGenerator;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * One frame as SVG: Batik's {@link SVGGraphics2D} records the same paint calls that draw the raster.
 * Text stays text; no generator comment; ids carry the figure's prefix and a hash of the document
 * ({@link ContentIds}) so that two figures pasted into one page never share an id. Batik numbers ids
 * with a counter and writes no time, so the bytes repeat.
 */
public final class SvgSink implements FrameSink {
    private static final String SVG_NS = "http://www.w3.org/2000/svg";
    /** Decimals in coordinates: 1e-4 px, far below what any screen or printer resolves (Batik's default, stated). */
    private static final int PRECISION = 4;

    private final Path file;
    private final Still still;
    private final String idPrefix;

    public SvgSink(Path file, int frameIndex, String idPrefix) {
        this.file = file;
        this.still = new Still(frameIndex);
        this.idPrefix = idPrefix;
    }

    @Override
    public Path target() {
        return file;
    }

    @Override
    public void accept(Frame frame) {
        still.offer(frame);
    }

    @Override
    public void close() throws IOException {
        Drawing drawing = still.chosen(file).drawing();
        SVGGraphics2D g = record(drawing);
        Element root = g.getRoot();
        prefixGenericDefs(root);
        root.setAttributeNS(null, "width", String.valueOf(drawing.width()));
        root.setAttributeNS(null, "height", String.valueOf(drawing.height()));
        root.setAttributeNS(null, "viewBox", "0 0 " + drawing.width() + " " + drawing.height());
        ContentIds.rename(root, serialize(g, root), idPrefix);
        String svg = serialize(g, root);
        AtomicFile.write(file, out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writer.write(svg);
            writer.flush();
        });
    }

    private static String serialize(SVGGraphics2D g, Element root) throws IOException {
        java.io.StringWriter text = new java.io.StringWriter();
        g.stream(root, text, false, false);
        return text.toString();
    }

    /** Batik names its shared defs "genericDefs" in every file; two figures in one page would share it. */
    private void prefixGenericDefs(Element root) {
        org.w3c.dom.NodeList defs = root.getElementsByTagNameNS(SVG_NS, "defs");
        for (int i = 0; i < defs.getLength(); i++) {
            Element d = (Element) defs.item(i);
            if (d.getAttribute("id").equals("genericDefs")) d.setAttributeNS(null, "id", idPrefix + "genericDefs");
        }
    }

    private SVGGraphics2D record(Drawing drawing) {
        Document document = GenericDOMImplementation.getDOMImplementation().createDocument(SVG_NS, "svg", null);
        SVGGeneratorContext context = SVGGeneratorContext.createDefault(document);
        context.setComment(null);
        context.setPrecision(PRECISION);
        context.setIDGenerator(new PrefixedIds(idPrefix));
        SVGGraphics2D g = new SVGGraphics2D(context, false);
        g.setSVGCanvasSize(new java.awt.Dimension(drawing.width(), drawing.height()));
        drawing.paint(g);
        return g;
    }

    /** Batik's counter-based ids with the figure's prefix in front. */
    private static final class PrefixedIds extends SVGIDGenerator {
        private final String prefix;

        PrefixedIds(String prefix) {
            this.prefix = prefix;
        }

        @Override
        public String generateID(String base) {
            return prefix + super.generateID(base);
        }
    }
}
