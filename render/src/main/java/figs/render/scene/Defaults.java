package figs.render.scene;

/** Every default of the scene format, in one place. Numbers are the originals' settings (FIGURES.md). */
final class Defaults {
    static final int WIDTH = 720;
    static final int HEIGHT = 720;
    /** matplotlib's figure.titlesize ("large"). */
    static final double SUPTITLE_SIZE = 12;
    /** matplotlib's figure.subplot.wspace and hspace: gaps as fractions of the average panel size. */
    static final double WSPACE = 0.2;
    static final double HSPACE = 0.2;
    static final int CURVE_SAMPLES = 1000;
    /** matplotlib's lines.linewidth. */
    static final double LINE_WIDTH = 1.5;
    /** matplotlib's legend.fontsize ("medium"). */
    static final double LEGEND_SIZE = 10;
    /** matplotlib's legend.edgecolor, 0.8 grey, in every theme. */
    static final String LEGEND_EDGE = "#cccccc";
    /** matplotlib's legend locations: "best" and the named places of {@link figs.render.layout.LegendPlacement}. */
    static final java.util.List<String> LEGEND_LOCATIONS = java.util.stream.Stream.concat(
            java.util.stream.Stream.of(figs.render.layout.LegendPlacement.BEST),
            figs.render.layout.LegendPlacement.LOCATIONS.stream()).toList();
    static final java.util.List<String> METRICS = java.util.List.of("train_acc", "train_loss", "test_acc", "test_loss");
    static final String COLORMAP = "Spectral";
    /** A contour's default: the decision boundary of a predicted probability, as a black line. */
    static final java.util.List<Double> CONTOUR_LEVELS = java.util.List.of(0.5);
    static final String CONTOUR_COLOR = "black";
    /** matplotlib's contourf default: about 7 levels, chosen per frame. */
    static final int LEVELS = 7;
    static final int MAX_LEVELS = 256;
    /** matplotlib's scatter {@code s}, in points squared. */
    static final double POINT_SIZE = 50;

    /** scikit-learn's n_samples default for make_circles and make_moons. */
    static final int SAMPLES = 100;
    static final int MAX_SAMPLES = 10_000_000;
    static final double CIRCLES_FACTOR = 0.8;
    static final double TEST_FRACTION = 0.25;
    static final String LOSS = "binary_crossentropy";
    static final int BATCH_SIZE = 32;
    static final int GRID_NODES = 100;
    /** Steps of a descent: FIGURES.md's figures take 180. */
    static final int MAX_STEPS = 1_000_000;

    static final int FRAME_MS = 100;
    /**
     * RMS difference on 0-255 a frame may drift from figures.lock and pass: above the anti-aliasing noise
     * of another JDK's rasteriser, below any change a reader could see (a retitled frame measures 3 or more).
     */
    static final double TOLERANCE = 1.0;
    static final int FPS = 10;
    static final int MONTAGE_COLUMNS = 10;

    /** Limits that keep a typo from asking for gigabytes. */
    static final int MAX_CANVAS = 8192;
    static final int MAX_GRID_NODES = 2000;

    private Defaults() {}
}
