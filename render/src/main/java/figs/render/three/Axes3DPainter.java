package figs.render.three;

import figs.render.axes.MaxNLocator;
import figs.render.axes.TickLabels;
import figs.render.text.Fonts;
import figs.render.text.TextPainter;
import java.awt.BasicStroke;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.util.List;

/**
 * The box of a 3-D axes as mplot3d draws it (axis3d.py): for each axis the pane on the far side of the
 * box, grid lines at the ticks across the two panes each tick crosses, then the axis lines on the near
 * edges of the floor and back wall, with ticks, tick labels and axis labels pushed out from the box's
 * centre. Ticks come from matplotlib's AutoLocator with the bins its tick space gives (at most 9).
 */
public final class Axes3DPainter {
    /** mplot3d's tick label offset: (pad 3.5 + 8) points times 48 per (axes width + height) in points, times 0.08 of the range. */
    private static final double TICK_LABEL_POINTS = 3.5 + 8;
    /** The axis label's: (labelpad 4 + 21) points, on the same scale. */
    private static final double AXIS_LABEL_POINTS = 4 + 21;
    private static final double DELTA_SHARE = 0.08;
    /** Tick marks reach 0.1 delta outwards and 0.2 delta inwards from the axis line. */
    private static final double TICK_OUT = 0.1;
    private static final double TICK_IN = 0.2;

    private final Projection3D camera;
    private final Axes3DStyle style;
    private final boolean[] farIsMax = new boolean[3];
    private final double pointsScale;

    public Axes3DPainter(Projection3D camera, Axes3DStyle style) {
        this.camera = camera;
        this.style = style;
        Limits3D l = camera.limits();
        for (int a = 0; a < 3; a++) farIsMax[a] = planeDepth(a, l.max()[a]) > planeDepth(a, l.min()[a]);
        double side = camera.square().getWidth();
        pointsScale = 48 / (2 * side) * DELTA_SHARE;
    }

    /** The value of axis {@code a} on its far (pane) side and on its near side. */
    double far(int a) {
        return farIsMax[a] ? camera.limits().max()[a] : camera.limits().min()[a];
    }

    double near(int a) {
        return farIsMax[a] ? camera.limits().min()[a] : camera.limits().max()[a];
    }

    /** Panes and grid lines: drawn before anything in the axes. */
    public void paintBack(Graphics2D g) {
        for (int a = 0; a < 3; a++) {
            g.setColor(style.panes()[a]);
            g.fill(pane(a));
        }
        g.setColor(style.grid());
        g.setStroke(new BasicStroke((float) style.gridWidth()));
        for (int a = 0; a < 3; a++) {
            int b = (a + 1) % 3, c = (a + 2) % 3;
            for (double t : ticks(a)) {
                g.draw(line(a, t, b, far(b), c));   // across the pane of b, along c
                g.draw(line(a, t, c, far(c), b));   // across the pane of c, along b
            }
        }
    }

    /** Axis lines, ticks, tick labels and axis labels ({@code labels} for x, y, z; empty for none). */
    public void paintAxes(Graphics2D g, List<String> labels) {
        Font tickFont = Fonts.regular(style.tickLabelSize());
        Font labelFont = Fonts.regular(style.axisLabelSize());
        g.setStroke(new BasicStroke((float) style.axisWidth()));
        for (int a = 0; a < 3; a++) {
            double[] edge = edge(a);
            Limits3D l = camera.limits();
            g.setColor(style.axisLine());
            g.draw(new Line2D.Double(at(edge, a, l.min()[a]), at(edge, a, l.max()[a])));
            List<Double> ticks = ticks(a);
            List<String> texts = TickLabels.format(ticks);
            int tickDir = a == 0 ? 1 : 0;
            for (int k = 0; k < ticks.size(); k++) {
                double t = ticks.get(k);
                double[] p = edge.clone();
                p[a] = t;
                double out = outward(p, tickDir) * DELTA_SHARE * l.span(tickDir);
                double[] q = p.clone();
                q[tickDir] += TICK_OUT * out;
                double[] r = p.clone();
                r[tickDir] -= TICK_IN * out;
                g.setColor(style.axisLine());
                g.draw(new Line2D.Double(screen(q), screen(r)));
                Point2D.Double label = screen(awayFromCentre(p, a, TICK_LABEL_POINTS));
                TextPainter.draw(g, texts.get(k), tickFont, style.text(), label.x, label.y, TextPainter.Align.CENTER,
                        TextPainter.Baseline.MIDDLE);
            }
            if (a < labels.size() && !labels.get(a).isEmpty()) {
                double[] middle = edge.clone();
                middle[a] = (l.min()[a] + l.max()[a]) / 2;
                Point2D.Double at = screen(awayFromCentre(middle, a, AXIS_LABEL_POINTS));
                TextPainter.draw(g, labels.get(a), labelFont, style.text(), at.x, at.y, TextPainter.Align.CENTER,
                        TextPainter.Baseline.MIDDLE, readableAngle(edge, a));
            }
        }
    }

    /** matplotlib's AutoLocator ticks for axis {@code a} inside its limits. */
    public List<Double> ticks(int a) {
        double side = camera.square().getWidth();
        MaxNLocator locator = MaxNLocator.auto(side, style.tickLabelSize());
        return locator.ticks(camera.limits().min()[a], camera.limits().max()[a]);
    }

    /**
     * The edge carrying axis {@code a}, as axis3d's {@code _get_axis_line_edge_points} picks it with z
     * vertical: x runs at the near y on the floor's level, y at the near x, z up the corner at the near
     * x and the far y. The coordinate of {@code a} itself is left to the caller.
     */
    double[] edge(int a) {
        double[] p = {far(0), far(1), far(2)};
        switch (a) {
            case 0 -> p[1] = near(1);
            case 1 -> p[0] = near(0);
            default -> p[0] = near(0);
        }
        return p;
    }

    private Path2D.Double pane(int a) {
        int b = (a + 1) % 3, c = (a + 2) % 3;
        Limits3D l = camera.limits();
        double[][] corners = {{l.min()[b], l.min()[c]}, {l.max()[b], l.min()[c]}, {l.max()[b], l.max()[c]}, {l.min()[b], l.max()[c]}};
        Path2D.Double path = new Path2D.Double();
        for (int k = 0; k < 4; k++) {
            double[] p = new double[3];
            p[a] = far(a);
            p[b] = corners[k][0];
            p[c] = corners[k][1];
            Point2D.Double s = screen(p);
            if (k == 0) path.moveTo(s.x, s.y);
            else path.lineTo(s.x, s.y);
        }
        path.closePath();
        return path;
    }

    /** The line where axis a = t meets the pane of axis b, running along axis c. */
    private Line2D.Double line(int a, double t, int b, double bValue, int c) {
        double[] p = new double[3], q = new double[3];
        p[a] = q[a] = t;
        p[b] = q[b] = bValue;
        p[c] = camera.limits().min()[c];
        q[c] = camera.limits().max()[c];
        return new Line2D.Double(screen(p), screen(q));
    }

    /** +1 when moving up axis {@code d} from p leaves the box's centre behind, else -1. */
    private double outward(double[] p, int d) {
        Limits3D l = camera.limits();
        return p[d] >= (l.min()[d] + l.max()[d]) / 2 ? 1 : -1;
    }

    /** mplot3d's {@code _move_from_center}: p pushed away from the centre along every axis but {@code a}. */
    private double[] awayFromCentre(double[] p, int a, double points) {
        double[] q = p.clone();
        for (int d = 0; d < 3; d++) {
            if (d != a) q[d] += outward(p, d) * points * pointsScale * camera.limits().span(d);
        }
        return q;
    }

    /** The screen angle of the axis line, turned so the label never reads upside down. */
    private double readableAngle(double[] edge, int a) {
        Point2D.Double p = at(edge, a, camera.limits().min()[a]), q = at(edge, a, camera.limits().max()[a]);
        double degrees = Math.toDegrees(StrictMath.atan2(-(q.y - p.y), q.x - p.x));
        if (degrees > 90) degrees -= 180;
        if (degrees < -90) degrees += 180;
        return degrees;
    }

    private Point2D.Double at(double[] edge, int a, double value) {
        double[] p = edge.clone();
        p[a] = value;
        return screen(p);
    }

    private Point2D.Double screen(double[] p) {
        return camera.toScreen(p[0], p[1], p[2]);
    }

    private double planeDepth(int a, double value) {
        int b = (a + 1) % 3, c = (a + 2) % 3;
        double sum = 0;
        Limits3D l = camera.limits();
        for (int k = 0; k < 4; k++) {
            double[] p = new double[3];
            p[a] = value;
            p[b] = (k & 1) == 0 ? l.min()[b] : l.max()[b];
            p[c] = (k & 2) == 0 ? l.min()[c] : l.max()[c];
            sum += camera.depth(p[0], p[1], p[2]);
        }
        return sum / 4;
    }
}
