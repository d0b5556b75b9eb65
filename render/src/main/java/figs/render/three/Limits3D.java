package figs.render.three;

/**
 * The data box of a 3-D axes: [min, max] per axis, x = 0, y = 1, z = 2.
 *
 * @param min lower limit of each axis
 * @param max upper limit of each axis
 */
public record Limits3D(double[] min, double[] max) {
    /** matplotlib's {@code axes.xmargin} (0.05 of the data range on each side) for autoscaled axes. */
    static final double DATA_MARGIN = 0.05;
    /** matplotlib's 3-D {@code _view_margin}: a further 1/48 of the range on each side (mpl 3.9+). */
    static final double VIEW_MARGIN = 1.0 / 48;

    public Limits3D {
        min = min.clone();
        max = max.clone();
        for (int a = 0; a < 3; a++) {
            if (!(max[a] > min[a])) throw new IllegalArgumentException("axis " + a + " limits must increase: " + min[a] + ", " + max[a]);
        }
    }

    /** Limits as matplotlib's autoscale gives them for data spanning [lo, hi] on each axis. */
    public static Limits3D auto(double[] lo, double[] hi) {
        double[] min = new double[3], max = new double[3];
        for (int a = 0; a < 3; a++) {
            double l = lo[a], h = hi[a];
            if (h - l == 0) {   // MaxNLocator.nonsingular widens a flat range
                l -= 0.001 * Math.max(1, Math.abs(l));
                h += 0.001 * Math.max(1, Math.abs(h));
            }
            double data = (h - l) * DATA_MARGIN;
            l -= data;
            h += data;
            double view = (h - l) * VIEW_MARGIN;
            min[a] = l - view;
            max[a] = h + view;
        }
        return new Limits3D(min, max);
    }

    public double span(int axis) {
        return max[axis] - min[axis];
    }

    public boolean contains(double x, double y, double z) {
        double[] p = {x, y, z};
        for (int a = 0; a < 3; a++) if (p[a] < min[a] || p[a] > max[a]) return false;
        return true;
    }

    /**
     * The part of segment p q inside the box, as parameters {t0, t1} along it (Liang and Barsky's
     * clipping), or null when none of it is inside.
     */
    public double[] clip(double[] p, double[] q) {
        double t0 = 0, t1 = 1;
        for (int a = 0; a < 3; a++) {
            double d = q[a] - p[a];
            if (d == 0) {
                if (p[a] < min[a] || p[a] > max[a]) return null;
                continue;
            }
            double enter = ((d > 0 ? min[a] : max[a]) - p[a]) / d, leave = ((d > 0 ? max[a] : min[a]) - p[a]) / d;
            t0 = Math.max(t0, enter);
            t1 = Math.min(t1, leave);
            if (t1 < t0) return null;
        }
        return new double[] {t0, t1};
    }
}
