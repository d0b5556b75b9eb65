package figs.render.three;

import java.awt.Graphics2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The painter's algorithm for one 3-D axes: everything is drawn far to near, so nearer pieces cover
 * farther ones, in raster and in SVG alike (the SVG stays vector: it is the same list of polygons and
 * strokes, in this order). Each item has an anchor depth (its own mean distance from the eye, or for a
 * piece of a path lying on a surface, the depth of the surface cell it lies on) and a layer that orders
 * items sharing an anchor: -1 under the cell's hidden side, 0 the cell, +1 on its visible side. Equal
 * keys keep the order they were added in, so the picture is the same on every run.
 */
public final class DepthOrder {
    /** Something drawn in the axes. */
    @FunctionalInterface
    public interface Item {
        void paint(Graphics2D g);
    }

    private record Entry(double anchor, int layer, int sequence, Item item) {}

    private static final Comparator<Entry> FAR_TO_NEAR = Comparator.comparingDouble((Entry e) -> -e.anchor)
            .thenComparingInt(Entry::layer).thenComparingInt(Entry::sequence);

    private final List<Entry> entries = new ArrayList<>();

    public void add(double anchor, int layer, Item item) {
        entries.add(new Entry(anchor, layer, entries.size(), item));
    }

    public int size() {
        return entries.size();
    }

    public void paint(Graphics2D g) {
        entries.sort(FAR_TO_NEAR);
        for (Entry e : entries) e.item().paint(g);
    }
}
