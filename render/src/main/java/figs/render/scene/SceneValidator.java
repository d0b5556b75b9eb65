package figs.render.scene;

import com.fasterxml.jackson.core.JsonLocation;
import figs.math.nn.Activation;
import figs.math.nn.LayerSpec;
import figs.math.optim.Adam;
import figs.math.optim.Adamax;
import figs.math.optim.Optimizer;
import figs.math.optim.RmsProp;
import figs.math.optim.Sgd;
import figs.math.train.Grid;
import figs.math.train.TrainingSpec;
import figs.output.mp4.Mp4Sink;
import figs.render.color.Colormap;
import figs.render.color.Colormaps;
import figs.render.scene.FigureSpec.MarkSpec;
import figs.render.scene.FigureSpec.PanelSpec;
import figs.render.text.Template;
import figs.render.theme.Theme;
import java.awt.Color;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns bound {@link SceneSpec} records into a {@link Scene}: checks every value's range and every
 * reference between parts, and fills in the defaults of {@link Defaults}. Errors point at the key in
 * the file through {@link YamlLocations}.
 */
final class SceneValidator {
    /** Binds a legend written as a mapping: strict like the scene's own reader, snake_case keys. */
    private static final com.fasterxml.jackson.databind.ObjectMapper LEGEND_READER =
            com.fasterxml.jackson.databind.json.JsonMapper.builder()
                    .propertyNamingStrategy(com.fasterxml.jackson.databind.PropertyNamingStrategies.SNAKE_CASE)
                    .enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    private static final List<String> OPTIMIZERS = List.of("sgd", "rmsprop", "adam", "adamax");
    /** A 3-D panel's axis left out: no label, limits from the data. */
    private static final FigureSpec.AxisSpec NO_AXIS = new FigureSpec.AxisSpec(null, null, null);
    private final Path file;
    private final YamlLocations locations;
    /** Runs taken from included files: their errors name those files. */
    private final Map<String, Includes.Source> included;

    SceneValidator(Path file, YamlLocations locations, Map<String, Includes.Source> included) {
        this.file = file;
        this.locations = locations;
        this.included = Map.copyOf(included);
    }

    Scene validate(SceneSpec spec) throws SceneError {
        Map<String, Run> runs = runs(spec.runs());
        Timeline timeline = timeline(require(spec.timeline(), "/timeline", "what one frame is"), runs);
        Figure figure = figure(require(spec.figure(), "/figure", "what the figure shows"), runs, timeline);
        List<Output> outputs = outputs(require(spec.outputs(), "/outputs", "which files to write"));
        String name = file.getFileName().toString().replaceFirst("\\.ya?ml$", "");
        double tolerance = spec.check() == null ? Defaults.TOLERANCE
                : between(or(spec.check().tolerance(), Defaults.TOLERANCE), 0, 255, true, "/check/tolerance");
        Scene scene = new Scene(file, name, runs, figure, timeline, outputs, tolerance, "");
        new LimitChecks(this).frames(scene);
        return scene;
    }

    // ---- runs

    private Map<String, Run> runs(Map<String, RunSpec> specs) throws SceneError {
        Map<String, Run> runs = new LinkedHashMap<>();
        if (specs == null) return runs;
        for (var entry : specs.entrySet()) {
            if (entry.getValue() instanceof RunSpec.Circles c) runs.put(entry.getKey(), circles(entry.getKey(), c));
            if (entry.getValue() instanceof RunSpec.Moons m) runs.put(entry.getKey(), moons(entry.getKey(), m));
        }
        DescentRuns descents = new DescentRuns(this);
        for (var entry : specs.entrySet()) {
            if (entry.getValue() instanceof RunSpec.Curve c) runs.put(entry.getKey(), descents.curve(entry.getKey(), c));
            if (entry.getValue() instanceof RunSpec.Logistic l) runs.put(entry.getKey(), new GridRecords(this).logistic(entry.getKey(), l, runs));
        }
        for (var entry : specs.entrySet()) {
            if (entry.getValue() instanceof RunSpec.Train t) runs.put(entry.getKey(), train(entry.getKey(), t, runs));
            if (entry.getValue() instanceof RunSpec.Descent d) runs.put(entry.getKey(), descents.descent(entry.getKey(), d, runs));
        }
        for (var entry : specs.entrySet()) {
            if (entry.getValue() instanceof RunSpec.Sweep s) runs.put(entry.getKey(), sweep(entry.getKey(), s, runs));
        }
        return runs;
    }

    private Run.Data circles(String name, RunSpec.Circles c) throws SceneError {
        String at = "/runs/" + name;
        var generator = new Run.Generator.Circles(
                between(or(c.samples(), Defaults.SAMPLES), 2, Defaults.MAX_SAMPLES, at + "/samples"),
                between(or(c.factor(), Defaults.CIRCLES_FACTOR), 0, 1, false, at + "/factor"),
                between(or(c.noise(), 0.0), 0, Double.MAX_VALUE, true, at + "/noise"),
                nonNegative(or(c.seed(), 0L), at + "/seed"));
        return data(name, generator, c.testFraction(), c.splitSeed());
    }

    private Run.Data moons(String name, RunSpec.Moons m) throws SceneError {
        String at = "/runs/" + name;
        var generator = new Run.Generator.Moons(
                between(or(m.samples(), Defaults.SAMPLES), 2, Defaults.MAX_SAMPLES, at + "/samples"),
                between(or(m.noise(), 0.0), 0, Double.MAX_VALUE, true, at + "/noise"),
                nonNegative(or(m.seed(), 0L), at + "/seed"));
        return data(name, generator, m.testFraction(), m.splitSeed());
    }

    private Run.Data data(String name, Run.Generator generator, Double testFraction, Long splitSeed) throws SceneError {
        String at = "/runs/" + name;
        return new Run.Data(name, generator,
                between(or(testFraction, Defaults.TEST_FRACTION), 0, 1, false, at + "/test_fraction"),
                nonNegative(or(splitSeed, 0L), at + "/split_seed"));
    }

    private Run.Train train(String name, RunSpec.Train t, Map<String, Run> runs) throws SceneError {
        String at = "/runs/" + name;
        String data = require(t.data(), at + "/data", "the name of the data set run to train on");
        if (!(runs.get(data) instanceof Run.Data)) {
            throw error(at + "/data", Messages.unknownRun("data", data, "data set", namesOf(runs, Run.Data.class)));
        }
        if (t.loss() != null && !t.loss().equals(Defaults.LOSS)) {
            throw error(at + "/loss", Messages.notOneOf("loss", t.loss(), List.of(Defaults.LOSS)));
        }
        RunSpec.ModelSpec model = require(t.model(), at + "/model", "the network's inputs and layers");
        GridRecords.Recording recording = new GridRecords(this).read(t.record(), at + "/record", runs);
        var spec = new TrainingSpec(
                atLeast(or(model.inputs(), 2), 1, at + "/model/inputs"),
                layers(require(model.layers(), at + "/model/layers", "a list of Dense layers"), at + "/model/layers"),
                optimizer(t.optimizer(), at + "/optimizer"),
                atLeast(require(t.epochs(), at + "/epochs", "how many passes over the data"), 1, at + "/epochs"),
                atLeast(or(t.batchSize(), Defaults.BATCH_SIZE), 1, at + "/batch_size"),
                nonNegative(or(t.seed(), 0L), at + "/seed"),
                recording.grid()).withGrid(recording.grid(), recording.everyEpoch());
        new LimitChecks(this).parameters(spec.inputs(), spec.layers(), at + "/model");
        new LimitChecks(this).epochSamples(data, spec.epochs(), runs, at + "/epochs");
        spec = spec.withKernels(kernels(t.record(), spec.layers().size(), at + "/record/kernels"))
                .withTestScores(testEveryEpoch(t.record(), at + "/record/test_scores"));
        return new Run.Train(name, data, spec, recording.around());
    }

    /** Whether {@code record.test_scores} asks for the test split's scores after every epoch (the default). */
    private boolean testEveryEpoch(RunSpec.RecordSpec record, String at) throws SceneError {
        String when = record == null ? null : record.testScores();
        if (when == null || when.equals("every_epoch")) return true;
        if (when.equals("end")) return false;
        throw error(at, Messages.notOneOf("test_scores", when, GridRecords.WHEN));
    }

    /** The 0-based indices of the layers named (from 1) in {@code record.kernels}. */
    private List<Integer> kernels(RunSpec.RecordSpec record, int layers, String at) throws SceneError {
        List<Integer> indices = new ArrayList<>();
        if (record == null || record.kernels() == null) return indices;
        for (int i = 0; i < record.kernels().size(); i++) {
            indices.add(between(record.kernels().get(i), 1, layers, at + "/" + i) - 1);
        }
        return indices;
    }

    private Run.Sweep sweep(String name, RunSpec.Sweep s, Map<String, Run> runs) throws SceneError {
        String at = "/runs/" + name;
        String base = runOf(s.of(), at, runs, Run.Train.class, "training");
        List<Double> l2 = require(s.l2(), at + "/l2", "the L2 factors to train with, e.g. [0, 1.0e-5, 1.0e-4]");
        if (l2.isEmpty()) throw error(at + "/l2", Messages.outOfRange("l2", "empty", "at least one factor"));
        for (int i = 0; i < l2.size(); i++) between(require(l2.get(i), at + "/l2/" + i, "a number"), 0, Double.MAX_VALUE, true, at + "/l2/" + i);
        List<String> labels = or(s.labels(), l2.stream().map(figs.render.text.PythonFloat::repr).toList());
        if (labels.size() != l2.size()) {
            throw error(at + "/labels", Messages.outOfRange("labels", labels.size() + " labels", "one per value (" + l2.size() + ")"));
        }
        Run.Train train = (Run.Train) runs.get(base);
        return new Run.Sweep(name, train, l2, sweptLayers(s.layers(), train.spec().layers().size(), at + "/layers"), labels);
    }

    /** The 0-based indices of the layers a sweep's factor goes to: those {@code named} (from 1), or all {@code count}. */
    private List<Integer> sweptLayers(List<Integer> named, int count, String at) throws SceneError {
        List<Integer> layers = new ArrayList<>();
        if (named == null) {
            for (int j = 0; j < count; j++) layers.add(j);
            return layers;
        }
        if (named.isEmpty()) throw error(at, Messages.outOfRange("layers", "empty", "at least one layer, or leave it out for every layer"));
        for (int i = 0; i < named.size(); i++) {
            String here = at + "/" + i;
            int layer = between(require(named.get(i), here, "a Dense layer's number, from 1"), 1, count, here) - 1;
            if (layers.contains(layer)) throw error(here, Messages.outOfRange(key(here), layer + 1, "a layer not named before it"));
            layers.add(layer);
        }
        return layers;
    }

    private List<LayerSpec> layers(List<RunSpec.LayerSpec> specs, String at) throws SceneError {
        if (specs.isEmpty()) throw error(at, Messages.outOfRange("layers", "empty", "at least one layer"));
        List<LayerSpec> layers = new ArrayList<>();
        for (int i = 0; i < specs.size(); i++) {
            RunSpec.LayerSpec layer = specs.get(i);
            String here = at + "/" + i;
            int units = atLeast(require(layer.units(), here + "/units", "the layer's width"), 1, here + "/units");
            Activation activation = activation(require(layer.activation(), here + "/activation",
                    "one of relu, leaky_relu, sigmoid, tanh, linear"), here + "/activation");
            double l2 = between(or(layer.l2(), 0.0), 0, Double.MAX_VALUE, true, here + "/l2");
            layers.add(new LayerSpec(units, activation, l2));
        }
        LayerSpec last = layers.getLast();
        if (last.units() != 1 || last.activation() != Activation.SIGMOID) {
            throw error(at + "/" + (layers.size() - 1), "binary cross-entropy needs the last layer to be one sigmoid unit"
                    + " ({units: 1, activation: sigmoid}).");
        }
        return layers;
    }

    private Activation activation(String name, String at) throws SceneError {
        for (Activation a : Activation.values()) {
            if (a.name().equalsIgnoreCase(name)) return a;
        }
        throw error(at, Messages.notOneOf("activation", name,
                List.of(Activation.values()).stream().map(a -> a.name().toLowerCase(Locale.ROOT)).toList()));
    }

    Optimizer optimizer(RunSpec.OptimizerSpec o, String at) throws SceneError {
        if (o == null) return Adamax.KERAS_DEFAULTS;
        String kind = require(o.kind(), at + "/kind", "one of " + String.join(", ", OPTIMIZERS));
        try {
            return switch (kind) {
                case "sgd" -> new Sgd(or(o.learningRate(), Sgd.KERAS_DEFAULTS.learningRate()), or(o.momentum(), 0.0),
                        or(o.nesterov(), false));
                case "rmsprop" -> new RmsProp(or(o.learningRate(), RmsProp.KERAS_DEFAULTS.learningRate()),
                        or(o.rho(), RmsProp.KERAS_DEFAULTS.rho()), or(o.epsilon(), RmsProp.KERAS_DEFAULTS.epsilon()));
                case "adam" -> new Adam(or(o.learningRate(), Adam.KERAS_DEFAULTS.learningRate()),
                        or(o.beta1(), Adam.KERAS_DEFAULTS.beta1()), or(o.beta2(), Adam.KERAS_DEFAULTS.beta2()),
                        or(o.epsilon(), Adam.KERAS_DEFAULTS.epsilon()));
                case "adamax" -> new Adamax(or(o.learningRate(), Adamax.KERAS_DEFAULTS.learningRate()),
                        or(o.beta1(), Adamax.KERAS_DEFAULTS.beta1()), or(o.beta2(), Adamax.KERAS_DEFAULTS.beta2()),
                        or(o.epsilon(), Adamax.KERAS_DEFAULTS.epsilon()));
                default -> throw error(at + "/kind", Messages.notOneOf("kind", kind, OPTIMIZERS));
            };
        } catch (IllegalArgumentException e) {
            throw error(at, "the optimizer's settings are out of range: " + e.getMessage() + ".");
        }
    }

    // ---- figure

    private Figure figure(FigureSpec f, Map<String, Run> runs, Timeline timeline) throws SceneError {
        SizeReader.Size size = new SizeReader(this::error).read(f.size());
        Theme theme = new ThemeReader(this::error).read(f.theme());
        List<PanelSpec> specs = require(f.panels(), "/figure/panels", "a list of panels");
        List<Integer> grid = or(f.grid(), List.of(1, 1));
        if (grid.size() != 2) throw error("/figure/grid", Messages.wrongType("grid", "[rows, columns]", grid.toString()));
        int rows = between(grid.get(0), 1, 100, "/figure/grid/0");
        int columns = between(grid.get(1), 1, 100, "/figure/grid/1");
        if (specs.isEmpty() || specs.size() > rows * columns) {
            throw error("/figure/panels", Messages.outOfRange("panels", specs.size() + " panels",
                    "from 1 to the " + rows * columns + " cells of the grid"));
        }
        List<Double> spacing = or(f.spacing(), List.of(Defaults.WSPACE, Defaults.HSPACE));
        if (spacing.size() != 2) throw error("/figure/spacing", Messages.wrongType("spacing", "[wspace, hspace]", spacing.toString()));
        List<Figure.Panel> panels = new ArrayList<>();
        for (int i = 0; i < specs.size(); i++) panels.add(panel(specs.get(i), "/figure/panels/" + i, runs, timeline, theme));
        return new Figure(size.width(), size.height(), size.pixelsPerPoint(), theme,
                title(or(f.title(), ""), "/figure/title", timeline, runs),
                between(or(f.titleSize(), Defaults.SUPTITLE_SIZE), 0, 500, false, "/figure/title_size"), rows, columns,
                between(spacing.get(0), 0, 10, true, "/figure/spacing/0"), between(spacing.get(1), 0, 10, true, "/figure/spacing/1"),
                margins(f.margins(), theme), panels, tight(f.layout()));
    }

    /** {@code layout: tight} fits margins and gaps to the text, as matplotlib's tight_layout; {@code fixed} (the default) keeps them. */
    private boolean tight(String layout) throws SceneError {
        if (layout == null || layout.equals("fixed")) return false;
        if (layout.equals("tight")) return true;
        throw error("/figure/layout", Messages.notOneOf("layout", layout, List.of("fixed", "tight")));
    }

    private Figure.Panel panel(PanelSpec p, String at, Map<String, Run> runs, Timeline timeline, Theme theme)
            throws SceneError {
        List<Figure.Mark> marks = new ArrayList<>();
        List<MarkSpec> specs = require(p.marks(), at + "/marks", "a list of marks");
        int paths = 0;
        for (int i = 0; i < specs.size(); i++) {
            marks.add(specs.get(i) instanceof MarkSpec.Path path ? new Panels3D(this).path(path, at + "/marks/" + i, runs, theme.cycleColor(paths++))
                    : mark(specs.get(i), at + "/marks/" + i, runs));
        }
        boolean mayBeAuto = marks.stream().noneMatch(m -> m instanceof Figure.Mark.Regions || m instanceof Figure.Mark.Contour);
        Panels3D threeD = new Panels3D(this);
        Figure.View view = p.view() == null ? null : threeD.view(p.view(), at + "/view");
        threeD.checkMarks(marks, view != null, at);
        return new Figure.Panel(title(or(p.title(), ""), at + "/title", timeline, runs),
                between(or(p.titleSize(), theme.titleSize()), 0, 500, false, at + "/title_size"),
                titleWeight(p.titleWeight(), at + "/title_weight"),
                between(or(p.labelSize(), theme.axisLabelSize()), 0, 500, false, at + "/label_size"),
                axis(view == null ? p.x() : or(p.x(), NO_AXIS), at + "/x", mayBeAuto),
                axis(view == null ? p.y() : or(p.y(), NO_AXIS), at + "/y", mayBeAuto),
                view == null ? null : axis(or(p.z(), NO_AXIS), at + "/z", true), view,
                legend(p.legend(), at + "/legend"), marks);
    }

    /**
     * What titles may show: the timeline's fields and every model run's final scores. A timeline of the
     * epochs of a training that scores its test split only after the last has no per-epoch test scores.
     */
    private static List<String> titleFields(Timeline timeline, Map<String, Run> runs) {
        List<String> fields = new ArrayList<>(timeline.fields());
        if (testScoredAtEnd(timeline, runs) != null) fields.removeAll(Timeline.TEST_FIELDS);
        for (Run run : runs.values()) {
            if (!(run instanceof Run.Train || run instanceof Run.Logistic)) continue;
            fields.add(run.name() + ".train_acc");
            fields.add(run.name() + ".test_acc");
            if (timeline.each() == Timeline.Each.SPLIT) fields.add(run.name() + ".acc");
        }
        return fields;
    }

    /** The training whose epochs the timeline shows, if it scores its test split after its last epoch only. */
    private static String testScoredAtEnd(Timeline timeline, Map<String, Run> runs) {
        boolean endOnly = timeline.each() == Timeline.Each.EPOCH && runs.get(timeline.run()) instanceof Run.Train t
                && !t.spec().testEveryEpoch();
        return endOnly ? timeline.run() : null;
    }

    String title(String title, String at, Timeline timeline, Map<String, Run> runs) throws SceneError {
        Template template;
        try {
            template = Template.parse(title);
        } catch (IllegalArgumentException e) {
            throw error(at, "the title \"" + title + "\" cannot be used: " + e.getMessage() + ".");
        }
        List<String> fields = titleFields(timeline, runs);
        for (String field : template.fieldNames()) {
            if (fields.contains(field)) continue;
            String endOnly = testScoredAtEnd(timeline, runs);
            if (endOnly != null && Timeline.TEST_FIELDS.contains(field)) {
                throw error(at, Messages.testScoredAtEnd("{" + field + "}", endOnly));
            }
            throw error(at, Messages.unknownField(field, fields));
        }
        return title;
    }

    Figure.Axis axis(FigureSpec.AxisSpec a, String at, boolean mayBeAuto) throws SceneError {
        FigureSpec.AxisSpec spec = require(a, at, "{label: ..., limits: [min, max]}");
        Double pad = spec.pad() == null ? null : between(spec.pad(), 0, Double.MAX_VALUE, true, at + "/pad");
        if (spec.limits() == null && mayBeAuto) return new Figure.Axis(or(spec.label(), ""), null, null, pad);
        double[] limits = interval(require(spec.limits(), at + "/limits",
                "[min, max]; only a panel of lines or points finds its own limits"), at + "/limits");
        return new Figure.Axis(or(spec.label(), ""), limits[0], limits[1], null);
    }

    private Figure.Margins margins(List<Double> m, Theme theme) throws SceneError {
        if (m == null) return new Figure.Margins(theme.left(), theme.right(), theme.bottom(), theme.top());
        if (m.size() != 4 || m.contains(null) || !(m.get(0) < m.get(1)) || !(m.get(2) < m.get(3)) || m.get(0) < 0
                || m.get(1) > 1 || m.get(2) < 0 || m.get(3) > 1) {
            throw error("/figure/margins", Messages.wrongType("margins",
                    "[left, right, bottom, top], fractions of the figure with left < right and bottom < top", m.toString()));
        }
        return new Figure.Margins(m.get(0), m.get(1), m.get(2), m.get(3));
    }

    private boolean titleWeight(String weight, String at) throws SceneError {
        if (weight == null || weight.equals("normal")) return false;
        if (weight.equals("bold")) return true;
        throw error(at, Messages.notOneOf("title_weight", weight, List.of("normal", "bold")));
    }

    private Figure.Mark.Function function(MarkSpec.Function f, String at) throws SceneError {
        String variable = or(f.variable(), "x");
        figs.math.expr.Formula formula;
        try {
            formula = figs.math.expr.Formula.parse(require(f.formula(), at + "/formula", "a formula of " + variable),
                    List.of(variable));
        } catch (figs.math.expr.FormulaException e) {
            throw error(at + "/formula", e.getMessage() + ".");
        }
        double[] range = interval(require(f.range(), at + "/range", "[from, to]"), at + "/range");
        List<String> show = or(f.show(), List.of("value"));
        List<Boolean> derivative = new ArrayList<>();
        for (int i = 0; i < show.size(); i++) {
            if (!List.of("value", "derivative").contains(show.get(i))) {
                throw error(at + "/show/" + i, Messages.notOneOf("show", show.get(i), List.of("value", "derivative")));
            }
            derivative.add(show.get(i).equals("derivative"));
        }
        List<String> labels = or(f.labels(), show);
        if (labels.size() != show.size()) {
            throw error(at + "/labels", Messages.outOfRange("labels", labels.size() + " labels", "one per curve (" + show.size() + ")"));
        }
        return new Figure.Mark.Function(formula, range[0], range[1],
                between(or(f.samples(), Defaults.CURVE_SAMPLES), 2, 1_000_000, at + "/samples"), derivative, labels,
                between(or(f.width(), Defaults.LINE_WIDTH), 0, 100, false, at + "/width"));
    }

    private Figure.Legend legend(Object legend, String at) throws SceneError {
        if (legend == null) return null;
        if (legend instanceof String location) {
            return new Figure.Legend(location(location, at), Defaults.LEGEND_SIZE, false, color(Defaults.LEGEND_EDGE, at));
        }
        if (!(legend instanceof Map<?, ?> map)) {
            throw error(at, Messages.wrongType("legend", "a location such as 'upper left' or 'best', or {loc, size, shadow, edge_color}", String.valueOf(legend)));
        }
        FigureSpec.LegendSpec spec;
        try {
            spec = LEGEND_READER.convertValue(map, FigureSpec.LegendSpec.class);
        } catch (IllegalArgumentException e) {
            throw error(at, Messages.wrongType("legend", "{loc, size, shadow, edge_color} with loc a location, size a number,"
                    + " shadow true or false", map.toString()));
        }
        return new Figure.Legend(location(require(spec.loc(), at + "/loc", "a location such as 'upper left' or 'best'"), at + "/loc"),
                between(or(spec.size(), Defaults.LEGEND_SIZE), 1, 200, false, at + "/size"), or(spec.shadow(), false),
                color(or(spec.edgeColor(), Defaults.LEGEND_EDGE), at + "/edge_color"));
    }

    private String location(String location, String at) throws SceneError {
        if (Defaults.LEGEND_LOCATIONS.contains(location)) return location;
        throw error(at, Messages.notOneOf("legend", location, Defaults.LEGEND_LOCATIONS));
    }

    private Figure.Mark mark(MarkSpec spec, String at, Map<String, Run> runs) throws SceneError {
        return switch (spec) {
            case MarkSpec.Regions r -> new Figure.Mark.Regions(
                    recordingGrid(r.of(), at, runs),
                    colormap(or(r.colormap(), Defaults.COLORMAP), at + "/colormap"),
                    between(or(r.alpha(), 1.0), 0, 1, true, at + "/alpha"),
                    levels(r.levels(), at + "/levels"), or(r.classes(), false));
            case MarkSpec.Contour c -> new Figure.Mark.Contour(
                    recordingGrid(c.of(), at, runs),
                    contourLevels(or(c.levels(), Defaults.CONTOUR_LEVELS), at + "/levels"),
                    color(or(c.color(), Defaults.CONTOUR_COLOR), at + "/color"),
                    between(or(c.width(), Defaults.LINE_WIDTH), 0, 100, false, at + "/width"));
            case MarkSpec.Lines l -> lines(l, at, runs);
            case MarkSpec.Surface m -> new Panels3D(this).surface(m, at, runs);
            case MarkSpec.Path m -> throw new IllegalStateException("paths are read by panel(), which knows their place in the cycle");
            case MarkSpec.Wireframe m -> new Panels3D(this).wireframe(m, at, runs);
            case MarkSpec.Point m -> new Panels3D(this).point(m, at, runs);
            case MarkSpec.Function f -> function(f, at);
            case MarkSpec.Points p -> new Figure.Mark.Points(
                    runOf(p.of(), at, runs, Run.Data.class, "data set"),
                    split(or(p.split(), "train"), at + "/split"),
                    between(or(p.size(), Defaults.POINT_SIZE), 0, 1e4, true, at + "/size"),
                    colormap(or(p.colormap(), Defaults.COLORMAP), at + "/colormap"),
                    color(or(p.edgeColor(), "black"), at + "/edge_color"),
                    between(or(p.edgeWidth(), 1.0), 0, 100, true, at + "/edge_width"),
                    between(or(p.alpha(), 1.0), 0, 1, true, at + "/alpha"),
                    p.others() == null ? null : between(p.others(), 0, 1, true, at + "/others"));
        };
    }

    private Figure.Levels levels(Object levels, String at) throws SceneError {
        if (levels == null) return new Figure.Levels.Auto(Defaults.LEVELS);
        if (levels instanceof Integer n) return new Figure.Levels.Auto(between(n, 1, Defaults.MAX_LEVELS, at));
        if (levels instanceof List<?> list && list.size() >= 2 && list.stream().allMatch(Number.class::isInstance)) {
            List<Double> boundaries = list.stream().map(v -> ((Number) v).doubleValue()).toList();
            for (int i = 0; i < boundaries.size(); i++) {
                if (!Double.isFinite(boundaries.get(i)) || (i > 0 && !(boundaries.get(i) > boundaries.get(i - 1)))) {
                    throw error(at, Messages.wrongType("levels", "increasing finite numbers", list.toString()));
                }
            }
            return new Figure.Levels.Fixed(boundaries);
        }
        throw error(at, Messages.wrongType("levels", "a count of levels (as matplotlib's contourf) or a list of at least"
                + " two increasing boundaries", String.valueOf(levels)));
    }

    private List<Double> contourLevels(List<Double> levels, String at) throws SceneError {
        if (levels.isEmpty() || levels.stream().anyMatch(v -> v == null || !Double.isFinite(v))) {
            throw error(at, Messages.wrongType("levels", "a list of at least one finite number", levels.toString()));
        }
        return levels;
    }

    private Figure.Mark.Lines lines(MarkSpec.Lines l, String at, Map<String, Run> runs) throws SceneError {
        String run = runOf(l.of(), at, runs, Run.Train.class, "training");
        List<String> series = require(l.series(), at + "/series", "the metrics to draw, e.g. [train_acc, train_loss]");
        if (series.isEmpty()) throw error(at + "/series", Messages.outOfRange("series", "empty", "at least one metric"));
        boolean testEveryEpoch = ((Run.Train) runs.get(run)).spec().testEveryEpoch();
        for (int i = 0; i < series.size(); i++) {
            if (!Defaults.METRICS.contains(series.get(i))) {
                throw error(at + "/series/" + i, Messages.notOneOf("series", series.get(i), Defaults.METRICS));
            }
            if (!testEveryEpoch && Timeline.TEST_FIELDS.contains(series.get(i))) {
                throw error(at + "/series/" + i, Messages.testScoredAtEnd("'" + series.get(i) + "'", run));
            }
        }
        List<String> labels = or(l.labels(), series);
        if (labels.size() != series.size()) {
            throw error(at + "/labels", Messages.outOfRange("labels", labels.size() + " labels", "one per series (" + series.size() + ")"));
        }
        return new Figure.Mark.Lines(run, series, labels, between(or(l.width(), Defaults.LINE_WIDTH), 0, 100, false, at + "/width"),
                between(or(l.trailingMean(), 1), 1, 1_000_000, at + "/trailing_mean"));
    }

    /** A model (a training or a logistic regression) that records its prediction on a grid, which regions and contours draw. */
    private String recordingGrid(String name, String at, Map<String, Run> runs) throws SceneError {
        require(name, at + "/of", "the name of the model run it shows");
        boolean grid = switch (runs.get(name)) {
            case Run.Train t -> t.spec().grid() != null || t.around() != null;
            case Run.Logistic l -> l.grid() != null || l.around() != null;
            case null, default -> throw error(at + "/of", Messages.unknownRun("of", name, "training or logistic",
                    runs.values().stream().filter(r -> r instanceof Run.Train || r instanceof Run.Logistic).map(Run::name).toList()));
        };
        String run = name;
        if (!grid) {
            throw error(at + "/of", "the model '" + run + "' records no prediction to draw: give it"
                    + " record: {grid: {x: [min, max], y: [min, max], nodes: 100}}.");
        }
        return run;
    }

    String runOf(String name, String at, Map<String, Run> runs, Class<? extends Run> kind, String word)
            throws SceneError {
        require(name, at + "/of", "the name of the " + word + " run it shows");
        if (!kind.isInstance(runs.get(name))) {
            throw error(at + "/of", Messages.unknownRun("of", name, word, namesOf(runs, kind)));
        }
        return name;
    }

    private Figure.Split split(String name, String at) throws SceneError {
        return switch (name) {
            case "train" -> Figure.Split.TRAIN;
            case "test" -> Figure.Split.TEST;
            case "all" -> Figure.Split.ALL;
            case "frame" -> Figure.Split.FRAME;
            default -> throw error(at, Messages.notOneOf("split", name, List.of("train", "test", "all", "frame")));
        };
    }

    Colormap colormap(String name, String at) throws SceneError {
        return Colormaps.named(name).orElseThrow(() -> error(at, Messages.notOneOf("colormap", name, Colormaps.names())));
    }

    Color color(String name, String at) throws SceneError {
        return ColorNames.parse(name).orElseThrow(() -> error(at, Messages.notOneOf(colorKey(at), name, ColorNames.FORMS)));
    }

    /** The key a colour was written under (edge_color, grid_color), or "colour" for an item of a list. */
    private static String colorKey(String at) {
        String key = key(at);
        return key.isEmpty() || Character.isDigit(key.charAt(0)) ? "colour" : key;
    }

    // ---- timeline and outputs

    private Timeline timeline(TimelineSpec t, Map<String, Run> runs) throws SceneError {
        List<String> kinds = List.of("epoch", "step", "split", "item", "still");
        if ("still".equals(t.each())) {
            if (t.of() != null) throw error("/timeline/of", "a still has no run to follow; leave out 'of'.");
            return Timeline.still();
        }
        if ("split".equals(t.each())) {
            if (t.of() != null) throw error("/timeline/of", "a timeline of splits shows train then test of every run; leave out 'of'.");
            return new Timeline(Timeline.Each.SPLIT, null);
        }
        if ("item".equals(t.each())) {
            return new Timeline(Timeline.Each.ITEM, runOf(t.of(), "/timeline", runs, Run.Sweep.class, "sweep"));
        }
        if ("step".equals(t.each())) {
            return new Timeline(Timeline.Each.STEP, runOf(t.of(), "/timeline", runs, Run.Descent.class, "descent"));
        }
        if (!"epoch".equals(t.each())) throw error("/timeline/each", Messages.notOneOf("each", t.each(), kinds));
        return new Timeline(Timeline.Each.EPOCH, runOf(t.of(), "/timeline", runs, Run.Train.class, "training"));
    }

    private List<Output> outputs(OutputsSpec o) throws SceneError {
        List<Output> outputs = new ArrayList<>();
        if (o.gif() != null) outputs.add(new Output.Gif(
                between(or(o.gif().frameMs(), Defaults.FRAME_MS), 10, 655_350, "/outputs/gif/frame_ms"),
                or(o.gif().loop(), true), between(or(o.gif().lossy(), 0.0), 0, 255, true, "/outputs/gif/lossy"),
                between(or(o.gif().colors(), 256), 2, 256, "/outputs/gif/colors")));
        if (o.mp4() != null) outputs.add(new Output.Mp4(between(or(o.mp4().fps(), Defaults.FPS), 1, 240, "/outputs/mp4/fps"),
                between(or(o.mp4().qp(), Mp4Sink.DEFAULT_QP), Mp4Sink.MIN_QP, Mp4Sink.MAX_QP, "/outputs/mp4/qp")));
        if (o.svg() != null) outputs.add(new Output.Svg(frame(o.svg().frame(), "/outputs/svg/frame")));
        if (o.png() != null) outputs.add(new Output.Png(frame(o.png().frame(), "/outputs/png/frame")));
        if (o.montage() != null) outputs.add(new Output.Montage(
                between(or(o.montage().columns(), Defaults.MONTAGE_COLUMNS), 1, 1000, "/outputs/montage/columns"),
                between(or(o.montage().scale(), 1.0), 0.01, 1, false, "/outputs/montage/scale")));
        if (outputs.isEmpty()) throw error("/outputs", Messages.missing("outputs", "at least one of gif, mp4, svg, png, montage"));
        return outputs;
    }

    private int frame(Object frame, String at) throws SceneError {
        if (frame == null || "last".equals(frame)) return -1;
        if (frame instanceof Integer n && n >= 0) return n;
        throw error(at, Messages.wrongType("frame", "'last' or a frame number from 0", "'" + frame + "'"));
    }

    // ---- checks

    <T> T require(T value, String at, String what) throws SceneError {
        if (value == null) throw error(at, Messages.missing(at.substring(at.lastIndexOf('/') + 1), what));
        return value;
    }

    static <T> T or(T value, T fallback) {
        return value != null ? value : fallback;
    }

    int atLeast(int value, int min, String at) throws SceneError {
        return between(value, min, Integer.MAX_VALUE, at);
    }

    long nonNegative(long value, String at) throws SceneError {
        if (value < 0) throw error(at, Messages.outOfRange(key(at), value, "0 or more"));
        return value;
    }

    int between(int value, int min, int max, String at) throws SceneError {
        if (value < min || value > max) {
            throw error(at, Messages.outOfRange(key(at), value, max == Integer.MAX_VALUE ? "at least " + min
                    : "from " + min + " to " + max));
        }
        return value;
    }

    double between(double value, double min, double max, boolean closedBelow, String at) throws SceneError {
        boolean ok = Double.isFinite(value) && (closedBelow ? value >= min : value > min) && value <= max;
        if (!ok) {
            String range = (closedBelow ? "at least " : "more than ") + min + (max < Double.MAX_VALUE ? " and at most " + max : "");
            throw error(at, Messages.outOfRange(key(at), value, "a finite number " + range));
        }
        return value;
    }

    double[] interval(List<Double> pair, String at) throws SceneError {
        if (pair.size() != 2 || pair.contains(null) || !Double.isFinite(pair.get(0)) || !Double.isFinite(pair.get(1))
                || !(pair.get(1) > pair.get(0))) {
            throw error(at, Messages.wrongType(key(at), "[min, max], two finite numbers with min < max", pair.toString()));
        }
        return new double[] {pair.get(0), pair.get(1)};
    }

    static List<String> namesOf(Map<String, Run> runs, Class<? extends Run> kind) {
        return runs.values().stream().filter(kind::isInstance).map(Run::name).toList();
    }

    /** The key a pointer ends at; an item of a list is named by its list, {@code layers[1]}, not a bare {@code 1}. */
    private static String key(String at) {
        int slash = at.lastIndexOf('/');
        String last = at.substring(slash + 1);
        if (slash <= 0 || last.isEmpty() || !last.chars().allMatch(Character::isDigit)) return last;
        return key(at.substring(0, slash)) + "[" + last + "]";
    }

    SceneError error(String pointer, String message) {
        Path where = file;
        YamlLocations index = locations;
        if (pointer.startsWith("/runs/")) {
            String run = pointer.substring("/runs/".length()).split("/", 2)[0];
            Includes.Source source = included.get(run);
            if (source != null) {
                where = source.file();
                index = source.locations();
            }
        }
        JsonLocation location = index.find(pointer);
        return location == null ? new SceneError(where, 0, 0, message)
                : new SceneError(where, location.getLineNr(), location.getColumnNr(), message);
    }
}
