package figs.render.axes;

import java.util.ArrayList;
import java.util.List;

/**
 * Chooses "nice" tick values the way matplotlib's {@code MaxNLocator} does (the locator behind
 * {@code AutoLocator}): at most {@code bins} intervals, each a step of 1, 2, 2.5 or 5 times a power of ten,
 * aligned to a multiple of the step. Pure: testable without any drawing. Powers and logarithms come from
 * {@link StrictMath}, so a limit on an exact power of ten picks the same step on every machine.
 */
public final class MaxNLocator {
    /** matplotlib's default steps for {@code AutoLocator}. */
    private static final double[] STEPS = {1, 2, 2.5, 5, 10};
    /** {@code scale_range}'s threshold beyond which an offset is subtracted before choosing steps. */
    private static final double OFFSET_THRESHOLD = 100;
    /** matplotlib's default {@code min_n_ticks}. */
    private static final int MIN_TICKS = 2;

    private final int bins;
    private final int minTicks;

    public MaxNLocator(int bins) {
        this(bins, MIN_TICKS);
    }

    /** {@code minTicks}: a smaller step is tried while fewer ticks than this fall inside the limits. */
    public MaxNLocator(int bins, int minTicks) {
        if (bins < 1) throw new IllegalArgumentException("bins must be positive: " + bins);
        this.bins = bins;
        this.minTicks = minTicks;
    }

    /** matplotlib's {@code nbins='auto'}: as many bins as labels three font-sizes apart fit, at most 9. */
    public static MaxNLocator auto(double axisLengthPixels, double labelFontPixels) {
        int space = (int) Math.floor(axisLengthPixels / (labelFontPixels * 3));
        return new MaxNLocator(Math.max(1, Math.min(space, 9)));
    }

    /** Tick values within [vmin, vmax] (inclusive, with a tolerance for rounding). */
    public List<Double> ticks(double vmin, double vmax) {
        double lo = Math.min(vmin, vmax);
        double hi = Math.max(vmin, vmax);
        List<Double> inside = new ArrayList<>();
        double slack = (hi - lo) * 1e-10;
        for (double t : rawTicks(lo, hi)) {
            if (t >= lo - slack && t <= hi + slack) inside.add(t == 0 ? 0.0 : t);
        }
        return inside;
    }

    /** {@code MaxNLocator.tick_values}: multiples of the step covering the limits, maybe one step beyond. */
    public double[] rawTicks(double vmin, double vmax) {
        if (vmax - vmin == 0) {
            vmin -= 1;
            vmax += 1;
        }
        double dv = vmax - vmin;
        double mean = (vmax + vmin) / 2;
        double offset = Math.abs(mean) / dv < OFFSET_THRESHOLD ? 0
                : Math.copySign(StrictMath.pow(10, Math.floor(StrictMath.log10(Math.abs(mean)))), mean);
        double scale = StrictMath.pow(10, Math.floor(StrictMath.log10(dv / bins)));
        double low = vmin - offset;
        double high = vmax - offset;
        double rawStep = (high - low) / bins;
        double[] steps = extendedSteps(scale);
        int first = 0;
        while (first < steps.length - 1 && steps[first] < rawStep) first++;
        double[] ticks = new double[0];
        for (int s = first; s >= 0; s--) {
            ticks = aligned(low, high, steps[s], offset);
            if (countWithin(ticks, low, high) >= minTicks) break;
        }
        for (int i = 0; i < ticks.length; i++) ticks[i] += offset;
        return ticks;
    }

    private static double[] aligned(double low, double high, double step, double offset) {
        double best = Math.floor(low / step) * step;
        long first = floorEdge(low - best, step, offset);
        long last = ceilEdge(high - best, step, offset);
        double[] ticks = new double[(int) (last - first + 1)];
        for (int i = 0; i < ticks.length; i++) ticks[i] = (first + i) * step + best;
        return ticks;
    }

    private static int countWithin(double[] ticks, double low, double high) {
        int n = 0;
        for (double t : ticks) if (t >= low && t <= high) n++;
        return n;
    }

    /** {@code _staircase}: a tenth of the steps below, the steps, and 20 above, all times scale. */
    private static double[] extendedSteps(double scale) {
        double[] out = new double[STEPS.length * 2];
        int k = 0;
        for (int i = 0; i < STEPS.length - 1; i++) out[k++] = 0.1 * STEPS[i] * scale;
        for (double s : STEPS) out[k++] = s * scale;
        out[k] = 10 * STEPS[1] * scale;
        return out;
    }

    /** {@code _Edge_integer.le}: floor of x / step, treating a remainder within tolerance of a step as whole. */
    private static long floorEdge(double x, double step, double offset) {
        long d = (long) Math.floor(x / step);
        double m = x - d * step;
        return closeTo(m / step, 1, step, offset) ? d + 1 : d;
    }

    /** {@code _Edge_integer.ge}. */
    private static long ceilEdge(double x, double step, double offset) {
        long d = (long) Math.floor(x / step);
        double m = x - d * step;
        return closeTo(m / step, 0, step, offset) ? d : d + 1;
    }

    private static boolean closeTo(double ms, double edge, double step, double offset) {
        double tolerance = 1e-10;
        if (offset > 0) {
            double digits = StrictMath.log10(offset / step);
            tolerance = Math.min(0.4999, Math.max(1e-10, StrictMath.pow(10, digits - 12)));
        }
        return Math.abs(ms - edge) < tolerance;
    }
}
