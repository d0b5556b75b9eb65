package figs.render.frame;

import figs.math.train.History;
import figs.output.Drawing;
import figs.render.layout.Footprint;
import figs.render.layout.Overhang;
import figs.render.layout.PlotArea;
import figs.render.layout.TightLayout;
import figs.render.marks.AxesPainter;
import figs.render.marks.ContourPainter;
import figs.render.marks.FunctionPainter;
import figs.render.marks.LegendPainter;
import figs.render.marks.LinesPainter;
import figs.render.marks.PointsPainter;
import figs.render.marks.RegionsPainter;
import figs.render.run.RunResults;
import figs.render.scene.Figure;
import figs.render.scene.Figure.Mark;
import figs.render.text.MathText;
import figs.render.text.Template;
import figs.render.text.TextPainter;
import figs.render.theme.Theme;
import java.awt.Graphics2D;
import java.util.ArrayList;
import java.util.List;

/**
 * One frame of a figure. Painting order follows matplotlib with seaborn's {@code axes.axisbelow}: face,
 * grid, marks in scene order, spines, then text on top.
 */
public record FigureDrawing(Figure figure, RunResults runs, FrameValues frame) implements Drawing {
    /** matplotlib's suptitle y = 0.98, measured down from the top here. */
    private static final double SUPTITLE_TOP = 1 - 0.98;

    @Override
    public int width() {
        return figure.width();
    }

    @Override
    public int height() {
        return figure.height();
    }

    /**
     * Lays the figure out in points and draws it scaled to pixels (dpi / 72), so sizes written in points
     * keep their proportions at every dpi, as in matplotlib.
     */
    @Override
    public void paint(Graphics2D g) {
        Theme theme = figure.theme();
        g.setColor(theme.figureBackground());
        g.fillRect(0, 0, figure.width(), figure.height());
        java.awt.geom.AffineTransform saved = g.getTransform();
        if (figure.pixelsPerPoint() != 1) g.scale(figure.pixelsPerPoint(), figure.pixelsPerPoint());
        TightLayout layout = layout();
        for (int i = 0; i < figure.panels().size(); i++) paintPanel(g, theme, figure.panels().get(i), i, layout);
        paintSuptitle(g, theme);
        g.setTransform(saved);
    }

    /** The figure's width and height in points. */
    private double widthPoints() {
        return figure.width() / figure.pixelsPerPoint();
    }

    private double heightPoints() {
        return figure.height() / figure.pixelsPerPoint();
    }

    /** matplotlib's suptitle: centred, its top at 98 % of the figure's height. */
    private void paintSuptitle(Graphics2D g, Theme theme) {
        if (figure.title().isEmpty()) return;
        String title = Template.parse(figure.title()).fill(frame.fields(runs));
        MathText.draw(g, title, figure.titleSize(), theme.text(), widthPoints() / 2, SUPTITLE_TOP * heightPoints(),
                TextPainter.Align.CENTER, TextPainter.Baseline.TOP, 0);
    }

    /**
     * The subplot parameters: the figure's own, or with {@code layout: tight} margins and gaps fitted to the
     * measured text. Tick labels depend on the panel's size, so the fit is taken twice.
     */
    private TightLayout layout() {
        Figure.Margins m = figure.margins();
        TightLayout layout = new TightLayout(m.left(), m.right(), m.bottom(), m.top(), figure.wspace(), figure.hspace());
        if (!figure.tight()) return layout;
        // As matplotlib's tight_layout, give up and keep the figure's own margins when the text cannot fit.
        try {
            TightLayout fitted = layout;
            for (int pass = 0; pass < 2; pass++) fitted = fit(fitted);
            return fitted;
        } catch (IllegalArgumentException tooSmall) {
            return layout;
        }
    }

    private TightLayout fit(TightLayout layout) {
        Theme theme = figure.theme();
        Overhang[] cells = new Overhang[figure.rows() * figure.columns()];
        for (int i = 0; i < figure.panels().size(); i++) {
            Figure.Panel panel = figure.panels().get(i);
            if (panel.view() != null) continue;
            PlotArea area = area(layout, i, AxisLimits.of(panel.x(), panel, runs, true), AxisLimits.of(panel.y(), panel, runs, false));
            String title = Template.parse(panel.title()).fill(frame.fields(runs));
            cells[i] = new AxesPainter(theme, area).overhang(panel.x().label(), panel.y().label(), panel.labelSize(), title,
                    panel.titleSize());
        }
        double reserveTop = figure.title().isEmpty() ? 0 : SUPTITLE_TOP * heightPoints() + figure.titleSize() * 1.2;
        return TightLayout.fit(widthPoints(), heightPoints(), figure.rows(), figure.columns(), cells,
                TightLayout.PAD_FONT_SIZES * theme.tickLabelSize(), reserveTop);
    }

    private void paintPanel(Graphics2D g, Theme theme, Figure.Panel panel, int cell, TightLayout layout) {
        if (panel.view() != null) {
            new Panel3DDrawing(figure, runs, frame).paint(g, panel,
                    area(layout, cell, new double[] {0, 1}, new double[] {0, 1}).bounds());
            return;
        }
        PlotArea area = area(layout, cell, AxisLimits.of(panel.x(), panel, runs, true), AxisLimits.of(panel.y(), panel, runs, false));
        List<LegendPainter.Entry> legend = new ArrayList<>();
        Footprint drawn = new Footprint();
        AxesPainter axes = new AxesPainter(theme, area);
        axes.paintFace(g);
        axes.paintGrid(g, 1);
        for (Mark mark : panel.marks()) {
            switch (mark) {
                case Mark.Regions r -> {
                    History history = runs.history(r.run());
                    RegionsPainter regions = new RegionsPainter(r, theme.axesFace());
                    float[] p = history.epochs().get(frame.epochIndex(history)).probabilities();
                    regions.paint(g, area, history.grid(), r.classes() ? classes(p) : p);
                    axes.paintGrid(g, regions.throughOpacity());
                }
                case Mark.Contour c -> {
                    History history = runs.history(c.run());
                    new ContourPainter(c).paint(g, area, history.grid(), history.epochs().get(frame.epochIndex(history)).probabilities());
                }
                case Mark.Function f -> {
                    FunctionPainter curves = new FunctionPainter(f, theme);
                    curves.paint(g, area, legend.size(), drawn);
                    legend.addAll(curves.entries(legend.size()));
                }
                case Mark.Lines l -> {
                    LinesPainter lines = new LinesPainter(l, theme);
                    lines.paint(g, area, runs.history(l.run()), frame.epochIndex(runs.history(l.run())), drawn);
                    legend.addAll(lines.entries());
                }
                // The validator keeps 3-D marks out of 2-D panels (Panels3D.checkMarks).
                case Mark.Surface _, Mark.Path _, Mark.Point _, Mark.Wireframe _ ->
                        throw new IllegalStateException("a 3-D mark in a 2-D panel: " + mark);
                case Mark.Points p -> {
                    var split = runs.split(p.run());
                    PointsPainter points = new PointsPainter(p);
                    Figure.Split which = p.split() == Figure.Split.FRAME
                            ? (frame.split() == null ? Figure.Split.TRAIN : frame.split()) : p.split();
                    switch (which) {
                        case TRAIN, FRAME -> points.paint(g, area, split.train(), split.test(), drawn);
                        case TEST -> points.paint(g, area, split.test(), split.train(), drawn);
                        case ALL -> {
                            points.paint(g, area, split.train(), null, drawn);
                            points.paint(g, area, split.test(), null, drawn);
                        }
                    }
                }
            }
        }
        axes.paintSpines(g);
        if (panel.legend() != null) new LegendPainter(theme, panel.legend()).paint(g, area, legend, drawn);
        String title = Template.parse(panel.title()).fill(frame.fields(runs));
        axes.paintLabels(g, panel.x().label(), panel.y().label(), panel.labelSize(), title, panel.titleSize(),
                panel.boldTitle());
    }

    /** The plot area of grid cell {@code cell} for data limits x and y, as matplotlib's GridSpec cuts the figure. */
    private PlotArea area(TightLayout m, int cell, double[] x, double[] y) {
        return PlotArea.cell(widthPoints(), heightPoints(), m.left(), m.right(), m.bottom(), m.top(), figure.rows(),
                figure.columns(), cell / figure.columns(), cell % figure.columns(), m.wspace(), m.hspace(),
                x[0], x[1], y[0], y[1]);
    }

    /** The predicted class at every node, 1 where the probability is above 0.5, as Keras's predict_classes gives it. */
    private static float[] classes(float[] probabilities) {
        float[] out = new float[probabilities.length];
        for (int i = 0; i < out.length; i++) out[i] = probabilities[i] > 0.5f ? 1f : 0f;
        return out;
    }
}
