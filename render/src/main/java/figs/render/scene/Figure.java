package figs.render.scene;

import figs.render.color.Colormap;
import figs.render.theme.Theme;
import java.awt.Color;
import java.util.List;

/**
 * A validated figure: pixel size, how many pixels a point covers (dpi / 72), theme, a title over all
 * panels (empty for none; it may hold frame fields), and panels in a grid of rows x columns with spacing.
 */
public record Figure(int width, int height, double pixelsPerPoint, Theme theme, String title, double titleSize,
                     int rows, int columns, double wspace, double hspace, Margins margins, List<Panel> panels,
                     boolean tight) {
    /** Where the grid of panels sits, as fractions of the figure from its left and bottom edges. */
    public record Margins(double left, double right, double bottom, double top) {}

    public Figure {
        panels = List.copyOf(panels);
    }

    /**
     * One set of axes. The title may hold fields such as {@code {epoch:03d}}, filled in per frame;
     * {@code legend} is null for none; {@code view} is null for 2-D axes, and {@code z} is null there.
     */
    public record Panel(String title, double titleSize, boolean boldTitle, double labelSize, Axis x, Axis y, Axis z,
                        View view, Legend legend, List<Mark> marks) {
        public Panel {
            marks = List.copyOf(marks);
        }
    }

    /** A 3-D camera: elevation and azimuth in degrees as formulas of the frame number {@code i}. */
    public record View(figs.math.expr.Formula elev, figs.math.expr.Formula azim) {
        public double elevAt(int frame) {
            return elev.valueAndGradient(frame)[0];
        }

        public double azimAt(int frame) {
            return azim.valueAndGradient(frame)[0];
        }
    }

    /** Where a legend sits (matplotlib's loc: "upper left", "center right", "best", ...) and how its frame looks. */
    public record Legend(String location, double size, boolean shadow, Color edgeColor) {}

    /**
     * An axis; without limits ({@link #auto()}) it spans its marks' data over the whole run, widened by
     * {@code pad} data units on each side, or by 5 % when pad is null.
     */
    public record Axis(String label, Double min, Double max, Double pad) {
        public boolean auto() {
            return min == null;
        }
    }

    /** What a panel draws, in order. */
    public sealed interface Mark {
        /** Filled contours of the run's predicted probability. */
        /** With {@code classes}, the predicted class (probability above 0.5) is contoured instead of the probability. */
        record Regions(String run, Colormap colormap, double alpha, Levels levels, boolean classes) implements Mark {}

        /** Iso-lines of the run's predicted probability at each level, such as the 0.5 decision boundary. */
        record Contour(String run, List<Double> levels, Color color, double width) implements Mark {
            public Contour {
                levels = List.copyOf(levels);
            }
        }

        /** Metrics named in {@code series} (e.g. train_acc) against the epoch, in the theme's colour cycle. */
        /** {@code window}: how many epochs, ending at each one, a point averages; 1 draws the values themselves. */
        record Lines(String run, List<String> series, List<String> labels, double width, int window) implements Mark {
            public Lines {
                series = List.copyOf(series);
                labels = List.copyOf(labels);
            }
        }

        /** A formula of one variable over [from, to], as its value and/or exact derivative, in the theme's colour cycle. */
        record Function(figs.math.expr.Formula formula, double from, double to, int samples, List<Boolean> derivative,
                        List<String> labels, double width) implements Mark {
            public Function {
                derivative = List.copyOf(derivative);
                labels = List.copyOf(labels);
            }
        }

        /**
         * A descent's formula over its surface grid, or the kernel of layer {@code layer} (0-based; null for
         * a descent) of a training or sweep run, coloured by height; at most {@code cells} cells per side.
         */
        record Surface(String run, Colormap colormap, double alpha, int cells, Integer layer) implements Mark {}

        /** A descent's path up to the frame's step; only the last {@code last} steps when that is set. */
        record Path(String run, Color color, double width, Integer last, String label) implements Mark {}

        /** A descent's formula over its surface grid as lines, at most {@code cells} each way. */
        record Wireframe(String run, Color color, double width, int cells) implements Mark {}

        /** A marker of {@code size} points squared on a descent's path. */
        record Point(String run, Where at, double size, Color color, Color edgeColor) implements Mark {}

        /** Where on a path a {@link Point} sits. */
        enum Where {
            START, CURRENT, END
        }

        /**
         * The samples of one split of a data set, coloured by class; {@code size} in points squared. When
         * {@code others} is set, the other split is drawn first at that opacity, as the originals fade it.
         */
        record Points(String run, Split split, double size, Colormap colormap, Color edgeColor, double edgeWidth,
                      double alpha, Double others) implements Mark {}
    }

    /** Where filled contours put their band boundaries. */
    public sealed interface Levels {
        /** About {@code count} nice levels over each frame's own range, as matplotlib's {@code contourf(z, count)}. */
        record Auto(int count) implements Levels {}

        /** The same boundaries in every frame, so a colour always means the same value. */
        record Fixed(List<Double> boundaries) implements Levels {
            public Fixed {
                boundaries = List.copyOf(boundaries);
            }
        }
    }

    public enum Split {
        TRAIN,
        TEST,
        /** Both splits, train first. */
        ALL,
        /** The split the frame shows, on a timeline of splits (the other faded when asked). */
        FRAME
    }
}
