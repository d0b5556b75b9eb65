package figs.math.train;

import figs.math.data.Dataset;
import figs.math.random.MersenneTwister;

/** The training rows in this epoch's shuffled order, copied batch by batch into reused buffers. */
final class Batches {
    private final Dataset data;
    private final int size;
    private final int[] order;
    private final float[] features;
    private final int[] labels;

    Batches(Dataset data, int size) {
        this.data = data;
        this.size = size;
        this.order = new int[data.size()];
        this.features = new float[size * data.dims()];
        this.labels = new int[size];
    }

    /** Keras shuffles {@code arange(n)} with numpy before every epoch. */
    void shuffle(MersenneTwister rng) {
        for (int i = 0; i < order.length; i++) order[i] = i;
        rng.shuffle(order);
    }

    int count() {
        return (order.length + size - 1) / size;
    }

    /** Copies batch b into the buffers and returns its number of rows. */
    int load(int b) {
        int dims = data.dims();
        int start = b * size;
        int rows = Math.min(size, order.length - start);
        for (int r = 0; r < rows; r++) {
            System.arraycopy(data.features(), order[start + r] * dims, features, r * dims, dims);
            labels[r] = data.labels()[order[start + r]];
        }
        return rows;
    }

    float[] features() {
        return features;
    }

    int[] labels() {
        return labels;
    }
}
