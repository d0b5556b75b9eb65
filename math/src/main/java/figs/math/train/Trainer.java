package figs.math.train;

import figs.math.data.Dataset;
import figs.math.data.Split;
import figs.math.nn.Network;
import figs.math.optim.Update;
import figs.math.random.MersenneTwister;
import java.util.ArrayList;
import java.util.List;

/**
 * Mini-batch training as Keras's {@code fit(shuffle=True)} does it: every epoch the training rows are
 * shuffled, cut into batches of {@code batchSize} (the last one smaller), and each batch takes one
 * optimizer step on the mean loss. After every epoch the state the figures need is
 * recorded ({@link EpochState} says which metrics mean what). Random streams: the kernels are drawn from {@code MersenneTwister(seed)}, the epoch
 * shuffles from {@code MersenneTwister(seed + 1)}.
 */
public final class Trainer {
    /** Rows per pass when evaluating and predicting on the grid; training passes take a batch. */
    private static final int EVALUATION_ROWS = 1024;

    private Trainer() {}

    public static History train(TrainingSpec spec, Split data) {
        Dataset train = data.train();
        if (train.dims() != spec.inputs()) {
            throw new IllegalArgumentException("the network takes " + spec.inputs() + " inputs, the data has " + train.dims());
        }
        Network net = new Network(spec.inputs(), spec.layers(), spec.loss(), Math.max(spec.batchSize(), EVALUATION_ROWS),
                new MersenneTwister(spec.seed()));
        Update optimizer = net.update(spec.optimizer());
        MersenneTwister shuffles = new MersenneTwister(spec.seed() + 1);
        Batches batches = new Batches(train, spec.batchSize());
        List<EpochState> epochs = new ArrayList<>(spec.epochs());
        for (int epoch = 1; epoch <= spec.epochs(); epoch++) {
            batches.shuffle(shuffles);
            RunningScores running = new RunningScores(spec.loss());
            for (int b = 0; b < batches.count(); b++) {
                int rows = batches.load(b);
                double penalty = net.penalty();   // of the weights the batch is scored with, before the step
                running.add(net.step(batches.features(), batches.labels(), rows, optimizer), batches.labels(), 0, rows,
                        penalty);
            }
            epochs.add(record(net, data, spec, epoch, running.mean(0)));
        }
        return new History(spec.grid(), epochs, Evaluation.scores(net, train), epochs.getLast().test());
    }

    /**
     * The recording policy: the training metrics always; the test scores, the grid prediction and layer
     * kernels when the spec asks (test scores not taken are NaN).
     */
    private static EpochState record(Network net, Split data, TrainingSpec spec, int epoch, Scores train) {
        Scores test = spec.scoresTestAfter(epoch) ? Evaluation.scores(net, data.test()) : new Scores(Double.NaN, Double.NaN);
        float[] grid = spec.recordsGridAfter(epoch) ? Evaluation.onGrid(net, spec.grid()) : new float[0];
        java.util.Map<Integer, float[]> kernels = new java.util.TreeMap<>();
        for (int k : spec.kernels()) kernels.put(k, net.layers().get(k).parameters()[0].clone());
        return new EpochState(epoch, train.loss(), train.accuracy(), test.loss(), test.accuracy(), grid, kernels);
    }
}
