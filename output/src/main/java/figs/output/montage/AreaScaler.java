package figs.output.montage;

/**
 * Shrinks an RGB picture by area averaging: each output pixel is the mean of the source area it
 * covers, partial source pixels counted by the fraction covered (a box filter, as image editors
 * shrink). Unlike sampling at points (nearest, bilinear or bicubic interpolation), which skips most
 * source pixels when shrinking by 5 or 10, every source pixel counts, so thin lines and text fade to
 * grey instead of breaking up. Separable: rows first, then columns.
 */
final class AreaScaler {
    private final int sourceWidth;
    private final int sourceHeight;
    private final int width;
    private final int height;
    private final Taps across;
    private final Taps down;

    AreaScaler(int sourceWidth, int sourceHeight, int width, int height) {
        if (width < 1 || height < 1 || width > sourceWidth || height > sourceHeight) {
            throw new IllegalArgumentException("can only shrink " + sourceWidth + "x" + sourceHeight
                    + ", not to " + width + "x" + height);
        }
        this.sourceWidth = sourceWidth;
        this.sourceHeight = sourceHeight;
        this.width = width;
        this.height = height;
        this.across = Taps.of(sourceWidth, width);
        this.down = Taps.of(sourceHeight, height);
    }

    /** {@code rgb}, sourceWidth x sourceHeight, row-major 0xRRGGBB, shrunk to width x height. */
    int[] scale(int[] rgb) {
        double[] rows = new double[sourceHeight * width * 3]; // (sourceHeight, width, channel)
        for (int y = 0; y < sourceHeight; y++) {
            for (int x = 0; x < width; x++) {
                double r = 0, g = 0, b = 0;
                for (int t = across.start[x]; t < across.start[x + 1]; t++) {
                    int p = rgb[y * sourceWidth + across.source[t]];
                    double w = across.weight[t];
                    r += w * (p >>> 16 & 0xff);
                    g += w * (p >>> 8 & 0xff);
                    b += w * (p & 0xff);
                }
                int at = 3 * (y * width + x);
                rows[at] = r;
                rows[at + 1] = g;
                rows[at + 2] = b;
            }
        }
        int[] out = new int[width * height];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                double r = 0, g = 0, b = 0;
                for (int t = down.start[y]; t < down.start[y + 1]; t++) {
                    int at = 3 * (down.source[t] * width + x);
                    double w = down.weight[t];
                    r += w * rows[at];
                    g += w * rows[at + 1];
                    b += w * rows[at + 2];
                }
                out[y * width + x] = channel(r) << 16 | channel(g) << 8 | channel(b);
            }
        }
        return out;
    }

    private static int channel(double v) {
        return Math.max(0, Math.min(255, (int) Math.floor(v + 0.5)));
    }

    /**
     * For one axis, the source pixels each output pixel covers and by how much: output pixel i spans
     * source coordinates [i * n / m, (i + 1) * n / m); its taps are start[i] until start[i + 1].
     */
    private record Taps(int[] start, int[] source, double[] weight) {
        static Taps of(int n, int m) {
            int[] start = new int[m + 1];
            int[] source = new int[n + m];
            double[] weight = new double[n + m];
            double span = (double) n / m;
            int t = 0;
            for (int i = 0; i < m; i++) {
                start[i] = t;
                double from = i * span, to = (i + 1) * span;
                for (int s = (int) Math.floor(from); s < Math.min(n, Math.ceil(to)); s++) {
                    double covered = Math.min(to, s + 1) - Math.max(from, s);
                    if (covered <= 0) continue;
                    source[t] = s;
                    weight[t++] = covered / span;
                }
            }
            start[m] = t;
            return new Taps(start, source, weight);
        }
    }
}
