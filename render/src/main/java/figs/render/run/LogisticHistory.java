package figs.render.run;

import figs.math.data.Dataset;
import figs.math.data.Split;
import figs.math.linear.LogisticRegression;
import figs.math.nn.Loss;
import figs.math.train.EpochState;
import figs.math.train.Grid;
import figs.math.train.History;
import figs.math.train.Scores;
import figs.render.scene.Run;
import java.util.List;
import java.util.Map;

/**
 * A fitted logistic regression in the shape of a one-epoch training history, so the marks that draw a
 * network's prediction (regions, contours) and titles that show its accuracy draw it the same way.
 */
final class LogisticHistory {
    private LogisticHistory() {}

    static History fit(Run.Logistic run, Split data, Grid grid) {
        LogisticRegression model = LogisticRegression.fit(data.train(), run.c());
        float[] probabilities = new float[0];
        if (grid != null) {
            probabilities = new float[grid.nx() * grid.ny()];
            for (int j = 0; j < grid.ny(); j++) {
                for (int i = 0; i < grid.nx(); i++) probabilities[j * grid.nx() + i] = (float) model.probability(grid.x(i), grid.y(j));
            }
        }
        Scores train = scores(model, data.train()), test = scores(model, data.test());
        EpochState state = new EpochState(1, train.loss(), train.accuracy(), test.loss(), test.accuracy(), probabilities, Map.of());
        return new History(grid, List.of(state), train, test);
    }

    /** Mean binary cross-entropy (clipped as Keras clips it) and accuracy at 0.5. */
    private static Scores scores(LogisticRegression model, Dataset data) {
        double loss = 0;
        int correct = 0;
        for (int i = 0; i < data.size(); i++) {
            double p = model.probability(data.feature(i, 0), data.feature(i, 1));
            loss += Loss.BINARY_CROSSENTROPY.of((float) p, data.labels()[i]);
            if ((p > 0.5 ? 1 : 0) == data.labels()[i]) correct++;
        }
        return new Scores(loss / data.size(), (double) correct / data.size());
    }
}
