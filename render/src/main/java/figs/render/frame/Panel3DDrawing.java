package figs.render.frame;

import figs.math.expr.Descent;
import figs.render.contour.ScalarGrid;
import figs.render.run.DescentResult;
import figs.render.run.RunResults;
import figs.render.scene.Figure;
import figs.render.scene.Figure.Mark;
import figs.render.text.Fonts;
import figs.render.text.Template;
import figs.render.text.TextPainter;
import figs.render.three.Axes3DPainter;
import figs.render.three.Axes3DStyle;
import figs.render.three.DepthOrder;
import figs.render.three.Limits3D;
import figs.render.three.PathPainter;
import figs.render.three.Projection3D;
import figs.render.three.SurfaceMesh;
import figs.render.three.SurfacePainter;
import figs.render.three.WireframePainter;
import figs.render.axes.LinearScale;
import figs.render.layout.Footprint;
import figs.render.layout.PlotArea;
import figs.render.marks.LegendPainter;
import java.util.ArrayList;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.List;

/**
 * One 3-D panel of a frame, in mplot3d's order: panes and grid, then every surface cell, path piece
 * and marker far to near ({@link DepthOrder}), then the axis lines and labels, then the title.
 */
final class Panel3DDrawing {
    private final Figure figure;
    private final RunResults runs;
    private final FrameValues frame;

    Panel3DDrawing(Figure figure, RunResults runs, FrameValues frame) {
        this.figure = figure;
        this.runs = runs;
        this.frame = frame;
    }

    void paint(Graphics2D g, Figure.Panel panel, Rectangle2D.Double cell) {
        Projection3D camera = new Projection3D(limits(panel), panel.view().elevAt(frame.index()),
                panel.view().azimAt(frame.index()), cell);
        Axes3DStyle style = isDark(figure.theme().figureBackground()) ? Axes3DStyle.DARK : Axes3DStyle.LIGHT;
        Axes3DPainter box = new Axes3DPainter(camera, style);
        box.paintBack(g);
        DepthOrder order = new DepthOrder();
        SurfaceMesh mesh = null;
        for (Mark mark : panel.marks()) {
            if (mark instanceof Mark.Surface s) {
                ScalarGrid grid = runs.descent(s.run()).surface();
                mesh = new SurfaceMesh(grid, SurfaceMesh.defaultStride(grid.xs().length, s.cells()), camera);
                SurfacePainter.add(order, mesh, s.colormap(), s.alpha());
            }
        }
        PathPainter paths = new PathPainter(camera, mesh);
        List<LegendPainter.Entry> legend = new ArrayList<>();
        for (Mark mark : panel.marks()) {
            switch (mark) {
                case Mark.Path p -> {
                    addPath(order, paths, p);
                    if (p.label() != null) legend.add(new LegendPainter.Entry(p.label(), p.color(), p.width()));
                }
                case Mark.Point p -> addPoint(order, paths, p);
                case Mark.Wireframe w -> {
                    ScalarGrid grid = runs.descent(w.run()).surface();
                    WireframePainter.add(order, grid, SurfaceMesh.defaultStride(grid.xs().length, w.cells()), camera,
                            w.color(), w.width());
                }
                default -> { }
            }
        }
        order.paint(g);
        box.paintAxes(g, List.of(panel.x().label(), panel.y().label(), panel.z().label()));
        if (panel.legend() != null) {
            Rectangle2D.Double square = camera.square();
            PlotArea area = new PlotArea(square, new LinearScale(0, 1, square.x, square.x + square.width),
                    new LinearScale(0, 1, square.y + square.height, square.y));
            new LegendPainter(figure.theme(), panel.legend()).paint(g, area, legend, new Footprint());
        }
        String title = Template.parse(panel.title()).fill(frame.fields(runs));
        if (!title.isEmpty()) {
            TextPainter.draw(g, title, panel.boldTitle() ? Fonts.bold(panel.titleSize()) : Fonts.regular(panel.titleSize()),
                    style.text(), cell.getCenterX(), camera.square().getY(), TextPainter.Align.CENTER, TextPainter.Baseline.BOTTOM);
        }
    }

    private void addPath(DepthOrder order, PathPainter paths, Mark.Path p) {
        List<Descent.Point> path = runs.descent(p.run()).path();
        int end = frame.pathLength(path.size());
        int first = p.last() == null ? 0 : Math.max(0, end - p.last() - 1);
        int count = end - first;
        double[] x = new double[count], y = new double[count], z = new double[count];
        for (int k = 0; k < count; k++) {
            Descent.Point point = path.get(first + k);
            x[k] = point.position()[0];
            y[k] = point.position()[1];
            z[k] = point.value();
        }
        paths.addPath(order, x, y, z, count, p.color(), p.width());
    }

    private void addPoint(DepthOrder order, PathPainter paths, Mark.Point p) {
        List<Descent.Point> path = runs.descent(p.run()).path();
        Descent.Point point = switch (p.at()) {
            case START -> path.getFirst();
            case CURRENT -> path.get(frame.pathLength(path.size()) - 1);
            case END -> path.getLast();
        };
        paths.addMarker(order, point.position()[0], point.position()[1], point.value(), Math.sqrt(p.size()), p.color(),
                p.edgeColor(), p.edgeColor().getAlpha() == 0 ? 0 : 1);
    }

    /** The data box: what the marks span over the whole run (so it does not jump), unless the axes fix it. */
    private Limits3D limits(Figure.Panel panel) {
        double[] lo = {Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY};
        double[] hi = {Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY};
        for (Mark mark : panel.marks()) {
            String run = switch (mark) {
                case Mark.Surface s -> s.run();
                case Mark.Wireframe w -> w.run();
                case Mark.Path p -> p.run();
                case Mark.Point p -> p.run();
                default -> null;
            };
            if (run != null) extend(runs.descent(run), mark instanceof Mark.Surface || mark instanceof Mark.Wireframe, lo, hi);
        }
        Limits3D auto = Limits3D.auto(lo, hi);
        Figure.Axis[] axes = {panel.x(), panel.y(), panel.z()};
        double[] min = auto.min(), max = auto.max();
        for (int a = 0; a < 3; a++) {
            if (!axes[a].auto()) {
                min[a] = axes[a].min();
                max[a] = axes[a].max();
            }
        }
        return new Limits3D(min, max);
    }

    private static void extend(DescentResult d, boolean surface, double[] lo, double[] hi) {
        if (surface) {
            ScalarGrid g = d.surface();
            include(lo, hi, 0, g.xs()[0], g.xs()[g.xs().length - 1]);
            include(lo, hi, 1, g.ys()[0], g.ys()[g.ys().length - 1]);
            for (float v : g.values()) include(lo, hi, 2, v, v);
            return;
        }
        for (Descent.Point p : d.path()) {
            include(lo, hi, 0, p.position()[0], p.position()[0]);
            include(lo, hi, 1, p.position()[1], p.position()[1]);
            include(lo, hi, 2, p.value(), p.value());
        }
    }

    private static void include(double[] lo, double[] hi, int axis, double from, double to) {
        lo[axis] = Math.min(lo[axis], from);
        hi[axis] = Math.max(hi[axis], to);
    }

    private static boolean isDark(java.awt.Color c) {
        return 0.299 * c.getRed() + 0.587 * c.getGreen() + 0.114 * c.getBlue() < 128;
    }
}
