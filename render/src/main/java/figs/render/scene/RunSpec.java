package figs.render.scene;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.List;
import java.util.Map;

/** A named thing to compute: a data set, a training run or a descent. {@code kind:} picks the record. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
@JsonSubTypes({
    @JsonSubTypes.Type(value = RunSpec.Circles.class, name = "circles"),
    @JsonSubTypes.Type(value = RunSpec.Moons.class, name = "moons"),
    @JsonSubTypes.Type(value = RunSpec.Train.class, name = "train"),
    @JsonSubTypes.Type(value = RunSpec.Curve.class, name = "curve"),
    @JsonSubTypes.Type(value = RunSpec.Descent.class, name = "descent"),
    @JsonSubTypes.Type(value = RunSpec.Logistic.class, name = "logistic"),
    @JsonSubTypes.Type(value = RunSpec.Sweep.class, name = "sweep")
})
public sealed interface RunSpec {

    /** scikit-learn's {@code make_circles}, then {@code train_test_split}. */
    record Circles(Integer samples, Double factor, Double noise, Long seed, Double testFraction, Long splitSeed)
            implements RunSpec {}

    /** scikit-learn's {@code make_moons}, then {@code train_test_split}. */
    record Moons(Integer samples, Double noise, Long seed, Double testFraction, Long splitSeed) implements RunSpec {}

    /** A Keras-style Dense network trained on a data set's train split. */
    record Train(String data, ModelSpec model, String loss, OptimizerSpec optimizer, Integer epochs,
                 Integer batchSize, Long seed, RecordSpec record) implements RunSpec {}

    /**
     * Samples of a regression, y = formula(x) plus Gaussian noise at {@code samples} evenly spaced x over
     * {@code x} = [min, max]; {@code params} give the formula's other names their values. A descent
     * reads them as the data columns {@code x_i} and {@code y_i}.
     */
    record Curve(String formula, Map<String, Double> params, List<Double> x, Integer samples, Double noise, Long seed)
            implements RunSpec {}

    /**
     * An optimizer stepped down a formula of the parameters named in {@code start} (in that order), for
     * {@code steps} steps, on the data columns of the curve run {@code data} if given. {@code surface}
     * samples the formula over the first two parameters for drawing: {x: [min, max], y: [min, max], nodes}.
     */
    record Descent(String formula, String data, Map<String, Double> start, OptimizerSpec optimizer, Integer steps,
                   GridSpec surface) implements RunSpec {}

    /** Layers from the first hidden one to the output. */
    record ModelSpec(Integer inputs, List<LayerSpec> layers) {}

    /** {@code l2}: Keras's {@code kernel_regularizer=l2(l2)}. */
    record LayerSpec(Integer units, String activation, Double l2) {}

    /** Keras's optimizers by name: sgd (with momentum and nesterov), rmsprop, adam, adamax. */
    record OptimizerSpec(String kind, Double learningRate, @JsonProperty("beta_1") Double beta1,
                         @JsonProperty("beta_2") Double beta2, Double epsilon, Double rho, Double momentum,
                         Boolean nesterov) {}

    /**
     * scikit-learn's {@code LogisticRegression(C=c)} (L2, intercept, solved to convergence) fitted on a data
     * set's train split; {@code record} is where its predicted probability is kept for drawing.
     */
    record Logistic(String data, Double c, RecordSpec record) implements RunSpec {}

    /**
     * What to keep for the figure: the prediction on a grid, after every epoch ({@code when: every_epoch},
     * the default) or only after the last ({@code when: end}, for a fine grid of the trained model); the
     * kernels of the Dense layers numbered in {@code kernels} (from 1, the first hidden layer); and the
     * test split's scores after every epoch ({@code test_scores: every_epoch}, the default) or only after
     * the last ({@code test_scores: end}, for a figure of the trained model, which then trains faster).
     */
    record RecordSpec(GridSpec grid, String when, List<Integer> kernels, String testScores) {}

    /**
     * The training run {@code of}, repeated once per value of {@code l2}, which replaces the L2 factor (0 for
     * none) of the Dense layers numbered in {@code layers} (from 1; every layer when left out): one model per
     * item, for a figure with a frame per item; {@code labels}, one per value, name the items in titles
     * ({@code {label}}), by default the factor as Python writes it.
     */
    record Sweep(String of, List<Double> l2, List<Integer> layers, List<String> labels) implements RunSpec {}

    /**
     * Either {@code nodes} values per axis over x and y, like {@code meshgrid(linspace(...), linspace(...))},
     * or nodes {@code step} apart over a data set's extent padded by {@code pad} on every side
     * ({@code around: moons}), like {@code meshgrid(arange(min - pad, max + pad, step), ...)}.
     */
    record GridSpec(List<Double> x, List<Double> y, Integer nodes, String around, Double pad, Double step) {}
}
