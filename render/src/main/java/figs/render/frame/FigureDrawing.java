package figs.render.frame;

import figs.math.train.History;
import figs.output.Drawing;
import figs.render.layout.PlotArea;
import figs.render.marks.AxesPainter;
import figs.render.marks.PointsPainter;
import figs.render.marks.RegionsPainter;
import figs.render.run.RunResults;
import figs.render.scene.Figure;
import figs.render.scene.Figure.Mark;
import figs.render.text.Template;
import figs.render.theme.Theme;
import java.awt.Graphics2D;

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
        for (Figure.Panel panel : figure.panels()) paintPanel(g, theme, panel);
    }

    private void paintPanel(Graphics2D g, Theme theme, Figure.Panel panel) {
        PlotArea area = PlotArea.of(figure.width(), figure.height(), theme.left(), theme.right(), theme.bottom(),
                theme.top(), panel.x().min(), panel.x().max(), panel.y().min(), panel.y().max());
        AxesPainter axes = new AxesPainter(theme, area);
        axes.paintFace(g);
        axes.paintGrid(g, 1);
        for (Mark mark : panel.marks()) {
            switch (mark) {
                case Mark.Regions r -> {
                    History history = runs.history(r.run());
                    RegionsPainter regions = new RegionsPainter(r, theme.axesFace());
                    regions.paint(g, area, history.grid(), history.epochs().get(frame.index()).probabilities());
                    axes.paintGrid(g, regions.throughOpacity());
                }
                case Mark.Points p -> new PointsPainter(p).paint(g, area, switch (p.split()) {
                    case TRAIN -> runs.split(p.run()).train();
                    case TEST -> runs.split(p.run()).test();
                });
            }
        }
        axes.paintSpines(g);
        String title = Template.parse(panel.title()).fill(frame.fields());
        axes.paintLabels(g, panel.x().label(), panel.y().label(), title, panel.titleSize());
    }
}
