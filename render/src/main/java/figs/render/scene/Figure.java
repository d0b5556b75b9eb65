package figs.render.scene;

import figs.render.color.Colormap;
import figs.render.theme.Theme;
import java.awt.Color;
import java.util.List;

/** A validated figure: pixel size, theme and panels. */
public record Figure(int width, int height, Theme theme, List<Panel> panels) {
    public Figure {
        panels = List.copyOf(panels);
    }

    /** One set of axes. The title may hold fields such as {@code {epoch:03d}}, filled in per frame. */
    public record Panel(String title, double titleSize, Axis x, Axis y, List<Mark> marks) {
        public Panel {
            marks = List.copyOf(marks);
        }
    }

    public record Axis(String label, double min, double max) {}

    /** What a panel draws, in order. */
    public sealed interface Mark {
        /** Filled contours of the run's predicted probability, {@code levels} equal bands over [0, 1]. */
        record Regions(String run, Colormap colormap, double alpha, int levels) implements Mark {}

        /** The samples of one split of a data set, coloured by class; {@code size} in points squared. */
        record Points(String run, Split split, double size, Colormap colormap, Color edgeColor, double edgeWidth,
                      double alpha) implements Mark {}
    }

    public enum Split {
        TRAIN,
        TEST
    }
}
