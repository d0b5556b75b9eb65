package figs.render.theme;

import java.awt.Color;
import java.util.List;
import java.util.Set;

/**
 * How a figure looks apart from its data: colours, line widths, tick marks and font sizes in pixels
 * (= points at 72 dpi), the colour cycle of lines, and the plot area as fractions of the figure
 * (matplotlib's {@code figure.subplot.*}). A scene names one of {@link Themes} and may override any value.
 *
 * @param grid      whether grid lines are drawn at the ticks (matplotlib's {@code axes.grid})
 * @param spines    which sides of the axes get a spine; tick marks go on the left and bottom spines
 * @param tickPad   gap between the end of a tick mark (or the spine, without marks) and its label
 * @param cycle     colours given to lines and curves in order (matplotlib's {@code axes.prop_cycle})
 */
public record Theme(String name, Color figureBackground, Color axesFace, Color text,
                    boolean grid, Color gridColor, double gridWidth,
                    Set<Side> spines, Color spineColor, double spineWidth,
                    double tickLength, double tickWidth, double tickPad,
                    double tickLabelSize, double axisLabelSize, double titleSize, List<Color> cycle,
                    double left, double right, double bottom, double top) {

    public enum Side {
        LEFT, RIGHT, BOTTOM, TOP
    }

    public Theme {
        spines = Set.copyOf(spines);
        cycle = List.copyOf(cycle);
        if (cycle.isEmpty()) throw new IllegalArgumentException("a theme needs at least one colour in its cycle");
    }

    /** The i-th colour of the cycle, starting over after the last. */
    public Color cycleColor(int i) {
        return cycle.get(i % cycle.size());
    }

    /** The distance from the axes' edge to the near side of a tick label. */
    public double tickLabelGap() {
        return tickLength + tickPad;
    }
}
