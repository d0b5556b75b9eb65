package figs.render.scene;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.List;

/**
 * The picture: size in pixels or as {inches, dpi} (see SizeReader), a title over all panels (matplotlib's
 * suptitle), theme (a name, or a mapping of a base theme and values that replace its
 * own, see {@link ThemeSpec}), and panels holding marks bound to runs, laid out row by row in a
 * {@code grid} of [rows, columns] with matplotlib's {@code wspace}/{@code hspace} {@code spacing}, inside
 * {@code margins} [left, right, bottom, top] given as fractions of the figure (matplotlib's subplot parameters),
 * or with {@code layout: tight} margins and spacing fitted to the text as matplotlib's tight_layout does.
 */
public record FigureSpec(Object size, Object theme, String title, Double titleSize, List<Integer> grid,
                         List<Double> spacing, List<Double> margins, List<PanelSpec> panels, String layout) {

    /**
     * A theme written as a mapping: {@code base} names the theme to start from, every other key replaces
     * one of its values ({@code theme: {base: paper, grid: true, tick_label_size: 8}}).
     */
    public record ThemeSpec(String base, String figureBackground, String axesFace, String text, Boolean grid,
                            String gridColor, Double gridWidth, List<String> spines, String spineColor, Double spineWidth,
                            Double tickLength, Double tickWidth, Double tickPad, Double tickLabelSize,
                            Double axisLabelSize, Double titleSize, List<String> cycle) {}

    /** A panel; with {@code view} it is a 3-D axes and may have a {@code z} axis. */
    public record PanelSpec(String title, Double titleSize, String titleWeight, Double labelSize, AxisSpec x,
                            AxisSpec y, AxisSpec z, ViewSpec view, Object legend, List<MarkSpec> marks) {}

    /**
     * The camera of a 3-D panel, matplotlib's {@code view_init(elev, azim)} in degrees: a number, or an
     * expression of the frame number {@code i} such as {@code "45 + 2*i"}.
     */
    public record ViewSpec(Object elev, Object azim) {}

    /** A legend: {@code legend: upper left}, or with matplotlib's {@code fontsize}, {@code shadow} and edge colour. */
    public record LegendSpec(String loc, Double size, Boolean shadow, String edgeColor) {}

    /**
     * {@code limits} may be left out: the axis then spans its marks' data with 5 % margins, or with
     * {@code pad} data units on each side.
     */
    public record AxisSpec(String label, List<Double> limits, Double pad) {}

    /** What a panel draws. {@code kind:} picks the record. */
    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
    @JsonSubTypes({
        @JsonSubTypes.Type(value = MarkSpec.Regions.class, name = "regions"),
        @JsonSubTypes.Type(value = MarkSpec.Contour.class, name = "contour"),
        @JsonSubTypes.Type(value = MarkSpec.Points.class, name = "points"),
        @JsonSubTypes.Type(value = MarkSpec.Lines.class, name = "lines"),
        @JsonSubTypes.Type(value = MarkSpec.Function.class, name = "function"),
        @JsonSubTypes.Type(value = MarkSpec.Surface.class, name = "surface"),
        @JsonSubTypes.Type(value = MarkSpec.Path.class, name = "path"),
        @JsonSubTypes.Type(value = MarkSpec.Wireframe.class, name = "wireframe"),
        @JsonSubTypes.Type(value = MarkSpec.Point.class, name = "point")
    })
    public sealed interface MarkSpec {
        /** Filled contours of a training run's recorded prediction; {@code levels} is a count or a list. */
        record Regions(String of, String colormap, Double alpha, Object levels, Boolean classes) implements MarkSpec {}

        /** Iso-lines of a training run's recorded prediction at {@code levels}, in one colour and width. */
        record Contour(String of, List<Double> levels, String color, Double width) implements MarkSpec {}

        /**
         * Metrics of a training run against the epoch, drawn up to the frame's epoch; one line per series,
         * each the mean of the last {@code trailing_mean} epochs when that is given.
         */
        record Lines(String of, List<String> series, List<String> labels, Double width, Integer trailingMean)
                implements MarkSpec {}

        /**
         * A formula of one variable drawn over [from, to]: its value and/or its exact derivative
         * ({@code show: [value, derivative]}), each labelled for the legend.
         */
        record Function(String formula, String variable, List<Double> range, Integer samples, List<String> show,
                        List<String> labels, Double width) implements MarkSpec {}

        /**
         * A descent's formula as a 3-D surface coloured by height, or with {@code layer} (from 1) the kernel
         * of that Dense layer of a training or sweep run that records it, (inputs x units) over y and x;
         * {@code cells} caps the cells per side (matplotlib's rcount/ccount, 50).
         */
        record Surface(String of, String colormap, Double alpha, Integer cells, Integer layer) implements MarkSpec {}

        /**
         * A descent's path drawn up to the frame's step, or only its {@code last} steps; without a colour it
         * takes the next of matplotlib's tab10 cycle; a {@code label} puts it in the legend.
         */
        record Path(String of, String color, Double width, Integer last, String label) implements MarkSpec {}

        /** A descent's formula as a wireframe of at most {@code cells} lines each way, as matplotlib's plot_wireframe. */
        record Wireframe(String of, String color, Double alpha, Double width, Integer cells) implements MarkSpec {}

        /** A marker on a descent's path: {@code at} its start, the frame's step ({@code current}) or its end. */
        record Point(String of, String at, Double size, String color, String edgeColor) implements MarkSpec {}

        /** A scatter plot of a data set's split, coloured by class. */
        record Points(String of, String split, Double size, String colormap, String edgeColor, Double edgeWidth,
                      Double alpha, Double others) implements MarkSpec {}
    }
}
