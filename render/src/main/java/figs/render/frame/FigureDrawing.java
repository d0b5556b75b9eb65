package figs.render.frame;

import figs.math.train.History;
import figs.output.Drawing;
import figs.render.layout.Footprint;
import figs.render.layout.PlotArea;
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
import figs.render.text.Template;
import figs.render.theme.Theme;
import java.awt.Graphics2D;
import java.util.ArrayList;
import java.util.List;

/**
 * One frame of a figure. Painting order follows matplotlib with seaborn's {@code axes.axisbelow}: face,
 * grid, marks in scene order, spines, then text on top.
 */
public record FigureDrawing(Figure figure, RunResults runs, FrameValues frame) implements Drawing {

    @Override
    public int width() {
        return figure.width();
    }

    @Override
    public int height() {
        return figure.height();
    }

    @Override
    public void paint(Graphics2D g) {
        Theme theme = figure.theme();
        g.setColor(theme.figureBackground());
        g.fillRect(0, 0, figure.width(), figure.height());
        for (int i = 0; i < figure.panels().size(); i++) paintPanel(g, theme, figure.panels().get(i), i);
    }

    private void paintPanel(Graphics2D g, Theme theme, Figure.Panel panel, int cell) {
        double[] x = AxisLimits.of(panel.x(), panel, runs, true);
        double[] y = AxisLimits.of(panel.y(), panel, runs, false);
        Figure.Margins m = figure.margins();
        PlotArea area = PlotArea.cell(figure.width(), figure.height(), m.left(), m.right(), m.bottom(), m.top(),
                figure.rows(), figure.columns(), cell / figure.columns(), cell % figure.columns(),
                figure.wspace(), figure.hspace(), x[0], x[1], y[0], y[1]);
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
                    regions.paint(g, area, history.grid(), history.epochs().get(frame.epochIndex(history)).probabilities());
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
                case Mark.Points p -> {
                    var split = runs.split(p.run());
                    PointsPainter points = new PointsPainter(p);
                    switch (p.split()) {
                        case TRAIN -> points.paint(g, area, split.train(), split.test(), drawn);
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
        String title = Template.parse(panel.title()).fill(frame.fields());
        axes.paintLabels(g, panel.x().label(), panel.y().label(), panel.labelSize(), title, panel.titleSize(),
                panel.boldTitle());
    }
}
