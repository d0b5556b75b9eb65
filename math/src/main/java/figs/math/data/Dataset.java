package figs.math.data;

/**
 * A labelled two-class data set.
 *
 * @param features samples x dims values, row-major: (n, dims)
 * @param labels   class of each sample, 0 or 1
 * @param dims     number of features per sample
 */
public record Dataset(float[] features, int[] labels, int dims) {
    public Dataset {
        if (dims <= 0 || features.length != labels.length * dims) {
            throw new IllegalArgumentException("features must hold labels.length x dims values");
        }
    }

    public int size() {
        return labels.length;
    }

    public float feature(int sample, int dim) {
        return features[sample * dims + dim];
    }
}
