package figs.render.frame;

import figs.math.expr.Descent;
import figs.math.train.History;
import figs.render.axes.LinearScale;
import figs.render.contour.ScalarGrid;
import figs.render.layout.Footprint;
import figs.render.layout.PlotArea;
import figs.render.marks.LegendPainter;
import figs.render.run.DescentResult;
import figs.render.run.RunResults;
import figs.render.scene.Figure.Mark;
import figs.render.scene.Figure;
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
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

/**
 * One 3-D panel of a frame, in mplot3d's order: panes and grid, then every surface cell, path piece
 * and marker far to near ({@link DepthOrder}), then the axis lines and labels, then the title.
 */
final class Panel3DDrawing {
    /** matplotlib's text.linespacing default, 1.2 font sizes between baselines. */
    private static final double LINE_SPACING = 1.2;

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
                ScalarGrid grid = surfaceGrid(s);
                mesh = new SurfaceMesh(grid, SurfaceMesh.defaultStride(grid.xs().length, s.cells()),
                        SurfaceMesh.defaultStride(grid.ys().length, s.cells()), camera);
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
        // A title may run over several lines ("\n"), stacked upwards from just above the box as matplotlib does.
        String[] lines = title.isEmpty() ? new String[0] : title.split("\n", -1);
        for (int k = 0; k < lines.length; k++) {
            double y = camera.square().getY() - (lines.length - 1 - k) * LINE_SPACING * panel.titleSize();
            TextPainter.draw(g, lines[k], panel.boldTitle() ? Fonts.bold(panel.titleSize()) : Fonts.regular(panel.titleSize()),
                    style.text(), cell.getCenterX(), y, TextPainter.Align.CENTER, TextPainter.Baseline.BOTTOM);
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
            if (mark instanceof Mark.Surface s) extend(surfaceGrid(s), lo, hi);
            else if (mark instanceof Mark.Wireframe w) extend(runs.descent(w.run()).surface(), lo, hi);
            else if (run != null) extend(runs.descent(run), lo, hi);
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

    /**
     * What a surface shows: a descent's formula on its grid, or a recorded kernel (inputs x units) with x
     * the unit and y the input, of the frame's model (a sweep's item, or a training at the frame's epoch).
     */
    private ScalarGrid surfaceGrid(Mark.Surface s) {
        if (s.layer() == null) return runs.descent(s.run()).surface();
        boolean sweep = s.run().equals(frame.sweep());
        int item = sweep ? frame.index() : 0;
        History history = runs.models().contains(s.run()) ? runs.history(s.run()) : runs.sweep(s.run()).get(item);
        float[] kernel = history.epochs().get(frame.epochIndex(history)).kernels().get(s.layer());
        var spec = runs.spec(s.run(), item);
        int inputs = s.layer() == 0 ? spec.inputs() : spec.layers().get(s.layer() - 1).units();
        int units = spec.layers().get(s.layer()).units();
        double[] xs = new double[units], ys = new double[inputs];
        for (int i = 0; i < units; i++) xs[i] = i;
        for (int j = 0; j < inputs; j++) ys[j] = j;
        return new ScalarGrid(xs, ys, kernel);
    }

    private static void extend(ScalarGrid g, double[] lo, double[] hi) {
        include(lo, hi, 0, g.xs()[0], g.xs()[g.xs().length - 1]);
        include(lo, hi, 1, g.ys()[0], g.ys()[g.ys().length - 1]);
        for (float v : g.values()) include(lo, hi, 2, v, v);
    }

    private static void extend(DescentResult d, double[] lo, double[] hi) {
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
