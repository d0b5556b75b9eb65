package figs.render.layout;

import figs.render.axes.LinearScale;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;

/**
 * Where a panel's data is drawn, in figure pixels, and how data coordinates map there
 * (y grows upwards in data, downwards in pixels).
 */
public record PlotArea(Rectangle2D.Double bounds, LinearScale x, LinearScale y) {

    /** The area a theme's subplot fractions give in a figure of the given size, for the given data limits. */
    public static PlotArea of(double width, double height, double left, double right, double bottom, double top,
                              double xmin, double xmax, double ymin, double ymax) {
        double x0 = left * width, x1 = right * width;
        double y0 = (1 - top) * height, y1 = (1 - bottom) * height;
        return new PlotArea(new Rectangle2D.Double(x0, y0, x1 - x0, y1 - y0),
                new LinearScale(xmin, xmax, x0, x1), new LinearScale(ymin, ymax, y1, y0));
    }

    /** Data coordinates to pixels, as one transform for whole paths. */
    public AffineTransform dataToPixels() {
        double sx = (x.p1() - x.p0()) / (x.d1() - x.d0());
        double sy = (y.p1() - y.p0()) / (y.d1() - y.d0());
        return new AffineTransform(sx, 0, 0, sy, x.p0() - sx * x.d0(), y.p0() - sy * y.d0());
    }
}
