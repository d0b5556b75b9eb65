package figs.render.scene;

import figs.math.expr.Formula;
import figs.math.expr.FormulaException;
import figs.render.scene.FigureSpec.MarkSpec;
import java.util.List;
import java.util.Map;

/** Validates what is particular to 3-D panels: the camera and the surface, path and point marks. */
final class Panels3D {
    /** matplotlib's {@code view_init} defaults. */
    static final double ELEV = 30;
    static final double AZIM = -60;
    /** matplotlib's scatter size (points squared) for a lone marker drawn large. */
    static final double POINT_SIZE = 100;
    static final List<String> WHERE = List.of("start", "current", "end");

    private final SceneValidator v;

    Panels3D(SceneValidator validator) {
        this.v = validator;
    }

    Figure.View view(FigureSpec.ViewSpec spec, String at) throws SceneError {
        return new Figure.View(angle(spec.elev(), ELEV, at + "/elev"), angle(spec.azim(), AZIM, at + "/azim"));
    }

    /** 3-D marks need a 3-D panel ({@code view}), and 2-D marks a 2-D one. */
    void checkMarks(List<Figure.Mark> marks, boolean threeD, String at) throws SceneError {
        for (int i = 0; i < marks.size(); i++) {
            Figure.Mark m = marks.get(i);
            boolean needs3D = m instanceof Figure.Mark.Surface || m instanceof Figure.Mark.Path || m instanceof Figure.Mark.Point
                    || m instanceof Figure.Mark.Wireframe;
            if (needs3D != threeD) {
                throw v.error(at + "/marks/" + i, needs3D
                        ? "surface, wireframe, path and point marks need a 3-D panel: give the panel a view, e.g. view: {elev: 30, azim: -60}."
                        : "a 3-D panel (one with a view) holds surface, wireframe, path and point marks only.");
            }
        }
    }

    Figure.Mark.Surface surface(MarkSpec.Surface s, String at, Map<String, Run> runs) throws SceneError {
        if (s.layer() != null) return kernelSurface(s, at, runs);
        return new Figure.Mark.Surface(sampled(s.of(), at, runs), v.colormap(SceneValidator.or(s.colormap(), "rainbow"), at + "/colormap"),
                v.between(SceneValidator.or(s.alpha(), 1.0), 0, 1, true, at + "/alpha"),
                v.between(SceneValidator.or(s.cells(), 50), 1, Defaults.MAX_GRID_NODES, at + "/cells"), null);
    }

    /** A recorded kernel as a surface: the run must be a training or sweep that records layer {@code layer}. */
    private Figure.Mark.Surface kernelSurface(MarkSpec.Surface s, String at, Map<String, Run> runs) throws SceneError {
        String name = v.require(s.of(), at + "/of", "the training or sweep run whose kernel it shows");
        Run.Train train = switch (runs.get(name)) {
            case Run.Train t -> t;
            case Run.Sweep w -> w.base();
            case null, default -> throw v.error(at + "/of", Messages.unknownRun("of", name, "training or sweep",
                    runs.values().stream().filter(r -> r instanceof Run.Train || r instanceof Run.Sweep).map(Run::name).toList()));
        };
        int layer = v.between(s.layer(), 1, train.spec().layers().size(), at + "/layer") - 1;
        if (!train.spec().kernels().contains(layer)) {
            throw v.error(at + "/layer", "the run '" + name + "' does not record layer " + (layer + 1)
                    + "'s kernel: add it to its record: {kernels: [" + (layer + 1) + "]}.");
        }
        return new Figure.Mark.Surface(name, v.colormap(SceneValidator.or(s.colormap(), "rainbow"), at + "/colormap"),
                v.between(SceneValidator.or(s.alpha(), 1.0), 0, 1, true, at + "/alpha"),
                v.between(SceneValidator.or(s.cells(), 50), 1, Defaults.MAX_GRID_NODES, at + "/cells"), layer);
    }

    Figure.Mark.Wireframe wireframe(MarkSpec.Wireframe w, String at, Map<String, Run> runs) throws SceneError {
        java.awt.Color color = v.color(SceneValidator.or(w.color(), "#1f77b4"), at + "/color");
        int alpha = (int) Math.floor(v.between(SceneValidator.or(w.alpha(), 1.0), 0, 1, true, at + "/alpha") * 255 + 0.5);
        return new Figure.Mark.Wireframe(sampled(w.of(), at, runs),
                new java.awt.Color(color.getRed(), color.getGreen(), color.getBlue(), alpha),
                v.between(SceneValidator.or(w.width(), 1.0), 0, 100, false, at + "/width"),
                v.between(SceneValidator.or(w.cells(), 50), 1, Defaults.MAX_GRID_NODES, at + "/cells"));
    }

    /** {@code next}: the theme's next cycle colour, which the path takes when it names none. */
    Figure.Mark.Path path(MarkSpec.Path p, String at, Map<String, Run> runs, java.awt.Color next) throws SceneError {
        return new Figure.Mark.Path(v.runOf(p.of(), at, runs, Run.Descent.class, "descent"),
                p.color() == null ? next : v.color(p.color(), at + "/color"),
                v.between(SceneValidator.or(p.width(), Defaults.LINE_WIDTH), 0, 100, false, at + "/width"),
                p.last() == null ? null : v.between(p.last(), 1, Integer.MAX_VALUE, at + "/last"), p.label());
    }

    /** A descent run that samples its formula on a surface grid. */
    private String sampled(String of, String at, Map<String, Run> runs) throws SceneError {
        String run = v.runOf(of, at, runs, Run.Descent.class, "descent");
        if (((Run.Descent) runs.get(run)).surface() == null) {
            throw v.error(at + "/of", "the descent '" + run + "' samples no surface: give it surface: {x: [min, max], y: [min, max]}.");
        }
        return run;
    }

    Figure.Mark.Point point(MarkSpec.Point p, String at, Map<String, Run> runs) throws SceneError {
        String where = SceneValidator.or(p.at(), "start");
        if (!WHERE.contains(where)) throw v.error(at + "/at", Messages.notOneOf("at", where, WHERE));
        return new Figure.Mark.Point(v.runOf(p.of(), at, runs, Run.Descent.class, "descent"),
                Figure.Mark.Where.valueOf(where.toUpperCase(java.util.Locale.ROOT)),
                v.between(SceneValidator.or(p.size(), POINT_SIZE), 0, 1e4, true, at + "/size"),
                v.color(SceneValidator.or(p.color(), "red"), at + "/color"),
                v.color(SceneValidator.or(p.edgeColor(), "none"), at + "/edge_color"));
    }

    /** A number, or a formula of the frame number i. */
    private Formula angle(Object value, double fallback, String at) throws SceneError {
        if (value == null) return Formula.parse(Double.toString(fallback), List.of("i"));
        if (value instanceof Number n && Double.isFinite(n.doubleValue())) return Formula.parse(n.toString(), List.of("i"));
        if (value instanceof String text) {
            try {
                return Formula.parse(text, List.of("i"));
            } catch (FormulaException e) {
                throw v.error(at, e.getMessage() + "; an angle is a number of degrees or a formula of the frame number i.");
            }
        }
        throw v.error(at, Messages.wrongType(at.substring(at.lastIndexOf('/') + 1),
                "degrees, as a number or a formula of the frame number i such as \"45 + 2*i\"", String.valueOf(value)));
    }
}
