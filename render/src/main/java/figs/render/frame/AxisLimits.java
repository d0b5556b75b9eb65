package figs.render.frame;

import figs.math.train.History;
import figs.render.run.RunResults;
import figs.render.scene.Figure;
import figs.render.scene.Figure.Mark;

/**
 * An axis's data limits: as the scene gives them, or the extent of the panel's data over the whole run
 * (epochs on x and metric values on y for lines; the samples of both splits for points), widened by the
 * axis's pad or by matplotlib's 5 % margins. Taking the whole run keeps an animated axis still.
 */
final class AxisLimits {
    /** matplotlib's {@code axes.xmargin} and {@code axes.ymargin}. */
    private static final double MARGIN = 0.05;

    private AxisLimits() {}

    static double[] of(Figure.Axis axis, Figure.Panel panel, RunResults runs, boolean horizontal) {
        if (!axis.auto()) return new double[] {axis.min(), axis.max()};
        double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
        for (Mark mark : panel.marks()) {
            if (mark instanceof Mark.Points points) {
                var split = runs.split(points.run());
                for (var data : java.util.List.of(split.train(), split.test())) {
                    for (int i = 0; i < data.size(); i++) {
                        lo = Math.min(lo, data.feature(i, horizontal ? 0 : 1));
                        hi = Math.max(hi, data.feature(i, horizontal ? 0 : 1));
                    }
                }
            }
            if (mark instanceof Mark.Function f) {
                for (boolean derivative : f.derivative()) {
                    double[] values = figs.render.marks.FunctionPainter.samples(f, derivative)[horizontal ? 0 : 1];
                    for (double v : values) {
                        lo = Math.min(lo, v);
                        hi = Math.max(hi, v);
                    }
                }
            }
            if (!(mark instanceof Mark.Lines lines)) continue;
            History history = runs.history(lines.run());
            if (horizontal) {
                lo = Math.min(lo, history.epochs().getFirst().epoch());
                hi = Math.max(hi, history.epochs().getLast().epoch());
            } else {
                for (String series : lines.series()) {
                    double[] range = Metrics.range(history, series, lines.window());
                    lo = Math.min(lo, range[0]);
                    hi = Math.max(hi, range[1]);
                }
            }
        }
        if (hi == lo) {
            lo -= 0.5;
            hi += 0.5;
        }
        double pad = axis.pad() != null ? axis.pad() : (hi - lo) * MARGIN;
        return new double[] {lo - pad, hi + pad};
    }
}
