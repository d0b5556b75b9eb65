package figs.render.layout;

import java.awt.geom.Rectangle2D;
import java.util.List;

/**
 * Where a legend box goes in the axes: at one of matplotlib's named locations, set in {@code pad} pixels
 * from the edges it touches (matplotlib's {@code borderaxespad}), or at the {@code best} of them.
 */
public final class LegendPlacement {
    /** matplotlib's {@code Legend.codes} without "best", in its order, which also breaks ties for "best". */
    public static final List<String> LOCATIONS = List.of("upper right", "upper left", "lower left", "lower right",
            "right", "center left", "center right", "lower center", "upper center", "center");
    public static final String BEST = "best";

    private LegendPlacement() {}

    /** The box of size width x height at {@code location} (one of {@link #LOCATIONS}) inside {@code axes}. */
    public static Rectangle2D.Double at(String location, Rectangle2D.Double axes, double width, double height, double pad) {
        if (!LOCATIONS.contains(location)) throw new IllegalArgumentException("no legend location " + location);
        double x = location.endsWith("left") ? axes.x + pad
                : location.endsWith("right") ? axes.getMaxX() - pad - width
                : axes.getCenterX() - width / 2;
        double y = location.startsWith("upper") ? axes.y + pad
                : location.startsWith("lower") ? axes.getMaxY() - pad - height
                : axes.getCenterY() - height / 2;
        return new Rectangle2D.Double(x, y, width, height);
    }

    /**
     * matplotlib's {@code Legend._find_best_position}: the first location, in {@link #LOCATIONS} order, with
     * the least badness, badness being the line vertices and points inside the box plus the number of lines
     * that pass through it. A location with no badness at all is taken at once.
     */
    public static String best(Footprint drawn, Rectangle2D.Double axes, double width, double height, double pad) {
        String chosen = null;
        long least = Long.MAX_VALUE;
        for (String location : LOCATIONS) {
            long badness = badness(drawn, at(location, axes, width, height, pad));
            if (badness == 0) return location;
            if (badness < least) {
                least = badness;
                chosen = location;
            }
        }
        return chosen;
    }

    static long badness(Footprint drawn, Rectangle2D.Double box) {
        long count = 0;
        for (double[] line : drawn.lines()) {
            for (int i = 0; i + 1 < line.length; i += 2) if (box.contains(line[i], line[i + 1])) count++;
            if (crosses(line, box)) count++;
        }
        for (int i = 0; i < drawn.pointCount(); i++) if (box.contains(drawn.pointX(i), drawn.pointY(i))) count++;
        return count;
    }

    /** Whether any segment of the polyline touches the box ({@code Path.intersects_bbox(filled=False)}). */
    private static boolean crosses(double[] line, Rectangle2D.Double box) {
        if (line.length == 2) return box.contains(line[0], line[1]);
        for (int i = 0; i + 3 < line.length; i += 2) {
            if (box.intersectsLine(line[i], line[i + 1], line[i + 2], line[i + 3])) return true;
        }
        return false;
    }
}
