package figs.render.layout;

import figs.render.axes.LinearScale;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;

/**
 * Where a panel's data is drawn, in figure pixels, and how data coordinates map there
 * (y grows upwards in data, downwards in pixels).
 */
public record PlotArea(Rectangle2D.Double bounds, LinearScale x, LinearScale y) {

    /** The area a single panel gets from subplot fractions of a figure of the given size. */
    public static PlotArea of(double width, double height, double left, double right, double bottom, double top,
                              double xmin, double xmax, double ymin, double ymax) {
        return cell(width, height, left, right, bottom, top, 1, 1, 0, 0, 0, 0, xmin, xmax, ymin, ymax);
    }

    /**
     * The area of cell (row, column) of a grid, as matplotlib's GridSpec cuts the subplot box: every
     * cell the same size, separated by {@code wspace} and {@code hspace} times the mean cell width and height.
     */
    public static PlotArea cell(double width, double height, double left, double right, double bottom, double top,
                                int rows, int columns, int row, int column, double wspace, double hspace,
                                double xmin, double xmax, double ymin, double ymax) {
        double cellWidth = (right - left) * width / (columns + wspace * (columns - 1));
        double cellHeight = (top - bottom) * height / (rows + hspace * (rows - 1));
        double x0 = left * width + column * cellWidth * (1 + wspace);
        double y0 = (1 - top) * height + row * cellHeight * (1 + hspace);
        return new PlotArea(new Rectangle2D.Double(x0, y0, cellWidth, cellHeight),
                new LinearScale(xmin, xmax, x0, x0 + cellWidth), new LinearScale(ymin, ymax, y0 + cellHeight, y0));
    }

    /** Data coordinates to pixels, as one transform for whole paths. */
    public AffineTransform dataToPixels() {
        double sx = (x.p1() - x.p0()) / (x.d1() - x.d0());
        double sy = (y.p1() - y.p0()) / (y.d1() - y.d0());
        return new AffineTransform(sx, 0, 0, sy, x.p0() - sx * x.d0(), y.p0() - sy * y.d0());
    }
}
