package figs.render.run;

import figs.math.data.Dataset;
import figs.math.data.Split;
import figs.math.expr.Descent;
import figs.math.train.EpochState;
import figs.math.train.Grid;
import figs.math.train.History;
import figs.math.train.Scores;
import figs.render.contour.ScalarGrid;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The computed state of one run as bytes and back, exactly: every float and double by its raw bits, so a
 * result read from the cache draws the same pixels as the one just computed. One tag byte says which
 * kind of result follows.
 */
final class RunCodec {
    private static final int SPLIT = 1, CURVE = 2, HISTORY = 3, DESCENT = 4, SWEEP = 5;
    /** Any count above this is a damaged file, not a run (10^7 samples of 2 features is the scene limit). */
    private static final int MAX_LENGTH = 1 << 28;

    private RunCodec() {}

    static void write(DataOutputStream out, Object result) throws IOException {
        switch (result) {
            case Split s -> {
                out.writeByte(SPLIT);
                dataset(out, s.train());
                dataset(out, s.test());
            }
            case double[][] columns -> {
                out.writeByte(CURVE);
                out.writeInt(columns.length);
                for (double[] column : columns) doubles(out, column);
            }
            case History h -> {
                out.writeByte(HISTORY);
                history(out, h);
            }
            case DescentResult d -> {
                out.writeByte(DESCENT);
                descent(out, d);
            }
            case java.util.List<?> histories -> {   // a sweep: one history per item
                out.writeByte(SWEEP);
                out.writeInt(histories.size());
                for (Object h : histories) history(out, (History) h);
            }
            default -> throw new IllegalArgumentException("not a run result: " + result.getClass().getName());
        }
    }

    static Object read(DataInputStream in) throws IOException {
        int tag = in.readByte();
        return switch (tag) {
            case SPLIT -> new Split(dataset(in), dataset(in));
            case CURVE -> {
                double[][] columns = new double[length(in)][];
                for (int i = 0; i < columns.length; i++) columns[i] = doubles(in);
                yield columns;
            }
            case HISTORY -> history(in);
            case DESCENT -> descent(in);
            case SWEEP -> {
                java.util.List<History> histories = new java.util.ArrayList<>();
                for (int i = length(in); i > 0; i--) histories.add(history(in));
                yield histories;
            }
            default -> throw new IOException("unknown result tag " + tag);
        };
    }

    private static void dataset(DataOutputStream out, Dataset d) throws IOException {
        out.writeInt(d.dims());
        floats(out, d.features());
        ints(out, d.labels());
    }

    private static Dataset dataset(DataInputStream in) throws IOException {
        int dims = in.readInt();
        try {
            return new Dataset(floats(in), ints(in), dims);
        } catch (IllegalArgumentException e) {
            throw new IOException("inconsistent data set: " + e.getMessage());
        }
    }

    private static void history(DataOutputStream out, History h) throws IOException {
        out.writeBoolean(h.grid() != null);
        if (h.grid() != null) {
            Grid g = h.grid();
            for (double v : new double[] {g.x0(), g.x1(), g.y0(), g.y1()}) out.writeLong(Double.doubleToRawLongBits(v));
            out.writeInt(g.nx());
            out.writeInt(g.ny());
        }
        out.writeInt(h.epochs().size());
        for (EpochState e : h.epochs()) epoch(out, e);
        scores(out, h.finalTrain());
        scores(out, h.finalTest());
    }

    private static History history(DataInputStream in) throws IOException {
        Grid grid = null;
        if (in.readBoolean()) {
            double x0 = dbl(in), x1 = dbl(in), y0 = dbl(in), y1 = dbl(in);
            try {
                grid = new Grid(x0, x1, y0, y1, in.readInt(), in.readInt());
            } catch (IllegalArgumentException e) {
                throw new IOException("inconsistent grid: " + e.getMessage());
            }
        }
        int count = length(in);
        List<EpochState> epochs = new ArrayList<>(count);
        for (int i = 0; i < count; i++) epochs.add(epoch(in));
        return new History(grid, epochs, scores(in), scores(in));
    }

    private static void epoch(DataOutputStream out, EpochState e) throws IOException {
        out.writeInt(e.epoch());
        for (double v : new double[] {e.trainLoss(), e.trainAccuracy(), e.testLoss(), e.testAccuracy()}) {
            out.writeLong(Double.doubleToRawLongBits(v));
        }
        floats(out, e.probabilities());
        out.writeInt(e.kernels().size());
        for (Map.Entry<Integer, float[]> k : e.kernels().entrySet()) {
            out.writeInt(k.getKey());
            floats(out, k.getValue());
        }
    }

    private static EpochState epoch(DataInputStream in) throws IOException {
        int epoch = in.readInt();
        double trainLoss = dbl(in), trainAccuracy = dbl(in), testLoss = dbl(in), testAccuracy = dbl(in);
        float[] probabilities = floats(in);
        int count = length(in);
        Map<Integer, float[]> kernels = new TreeMap<>();
        for (int i = 0; i < count; i++) kernels.put(in.readInt(), floats(in));
        return new EpochState(epoch, trainLoss, trainAccuracy, testLoss, testAccuracy, probabilities, kernels);
    }

    private static void scores(DataOutputStream out, Scores s) throws IOException {
        out.writeBoolean(s != null);
        if (s == null) return;
        out.writeLong(Double.doubleToRawLongBits(s.loss()));
        out.writeLong(Double.doubleToRawLongBits(s.accuracy()));
    }

    private static Scores scores(DataInputStream in) throws IOException {
        return in.readBoolean() ? new Scores(dbl(in), dbl(in)) : null;
    }

    private static void descent(DataOutputStream out, DescentResult d) throws IOException {
        out.writeInt(d.path().size());
        for (Descent.Point p : d.path()) {
            doubles(out, p.position());
            out.writeLong(Double.doubleToRawLongBits(p.value()));
        }
        out.writeBoolean(d.surface() != null);
        if (d.surface() == null) return;
        doubles(out, d.surface().xs());
        doubles(out, d.surface().ys());
        floats(out, d.surface().values());
    }

    private static DescentResult descent(DataInputStream in) throws IOException {
        int count = length(in);
        List<Descent.Point> path = new ArrayList<>(count);
        for (int i = 0; i < count; i++) path.add(new Descent.Point(doubles(in), dbl(in)));
        if (!in.readBoolean()) return new DescentResult(path, null);
        try {
            return new DescentResult(path, new ScalarGrid(doubles(in), doubles(in), floats(in)));
        } catch (IllegalArgumentException e) {
            throw new IOException("inconsistent surface: " + e.getMessage());
        }
    }

    private static void doubles(DataOutputStream out, double[] values) throws IOException {
        out.writeInt(values.length);
        for (double v : values) out.writeLong(Double.doubleToRawLongBits(v));
    }

    private static double[] doubles(DataInputStream in) throws IOException {
        double[] values = new double[length(in)];
        for (int i = 0; i < values.length; i++) values[i] = dbl(in);
        return values;
    }

    private static void floats(DataOutputStream out, float[] values) throws IOException {
        out.writeInt(values.length);
        for (float v : values) out.writeInt(Float.floatToRawIntBits(v));
    }

    private static float[] floats(DataInputStream in) throws IOException {
        float[] values = new float[length(in)];
        for (int i = 0; i < values.length; i++) values[i] = Float.intBitsToFloat(in.readInt());
        return values;
    }

    private static void ints(DataOutputStream out, int[] values) throws IOException {
        out.writeInt(values.length);
        for (int v : values) out.writeInt(v);
    }

    private static int[] ints(DataInputStream in) throws IOException {
        int[] values = new int[length(in)];
        for (int i = 0; i < values.length; i++) values[i] = in.readInt();
        return values;
    }

    private static double dbl(DataInputStream in) throws IOException {
        return Double.longBitsToDouble(in.readLong());
    }

    private static int length(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > MAX_LENGTH) throw new IOException("implausible length " + n);
        return n;
    }
}
