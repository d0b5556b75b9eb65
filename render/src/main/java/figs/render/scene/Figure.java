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
        /** Filled contours of the run's predicted probability. */
        record Regions(String run, Colormap colormap, double alpha, Levels levels) implements Mark {}

        /** The samples of one split of a data set, coloured by class; {@code size} in points squared. */
        record Points(String run, Split split, double size, Colormap colormap, Color edgeColor, double edgeWidth,
                      double alpha) implements Mark {}
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
        TEST
    }
}
