package figs.render.text;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

/**
 * Where each piece of text landed, in device pixels: the ink bounds of every label drawn on a
 * {@link Graphics2D} that carries a {@code TextBoxes} under {@link #KEY}. A rendering hint rides along
 * with the one Graphics2D being checked and leaves every other drawing alone, so no global state is
 * needed to find labels that collide.
 */
public final class TextBoxes {
    /** One box per label drawn, with the label's text. */
    public record Box(String text, Rectangle2D bounds) {}

    public static final RenderingHints.Key KEY = new RenderingHints.Key(0x7e47) {
        @Override
        public boolean isCompatibleValue(Object value) {
            return value instanceof TextBoxes;
        }
    };

    private final List<Box> boxes = new ArrayList<>();

    /** Starts recording what is drawn on {@code g}. */
    public static TextBoxes recordOn(Graphics2D g) {
        TextBoxes boxes = new TextBoxes();
        g.setRenderingHint(KEY, boxes);
        return boxes;
    }

    public List<Box> boxes() {
        return List.copyOf(boxes);
    }

    static boolean recording(Graphics2D g) {
        return g.getRenderingHint(KEY) instanceof TextBoxes;
    }

    static void add(Graphics2D g, String text, Shape inkOnDevice) {
        if (g.getRenderingHint(KEY) instanceof TextBoxes recorder && !inkOnDevice.getBounds2D().isEmpty()) {
            recorder.boxes.add(new Box(text, inkOnDevice.getBounds2D()));
        }
    }
}
