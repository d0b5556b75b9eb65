package figs.render.axes;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Formats a set of tick values with one shared number of decimals, the fewest that shows every
 * value exactly up to float noise ("0.30000000000000004" becomes "0.3"), like matplotlib's
 * {@code ScalarFormatter}. Negative numbers use the minus sign U+2212, as matplotlib does.
 */
public final class TickLabels {
    public static final char MINUS = '\u2212';
    private static final int MAX_DECIMALS = 12;
    /** Relative tolerance under which a shorter decimal is taken to be the intended value. */
    private static final double NOISE = 1e-9;

    private TickLabels() {}

    public static List<String> format(List<Double> ticks) {
        int decimals = decimalsFor(ticks);
        List<String> labels = new ArrayList<>(ticks.size());
        for (double t : ticks) labels.add(format(t, decimals));
        return labels;
    }

    static int decimalsFor(List<Double> ticks) {
        double span = 0;
        for (double t : ticks) span = Math.max(span, Math.abs(t));
        double tolerance = Math.max(span, 1e-300) * NOISE;
        for (int d = 0; d < MAX_DECIMALS; d++) {
            if (allExact(ticks, d, tolerance)) return d;
        }
        return MAX_DECIMALS;
    }

    private static boolean allExact(List<Double> ticks, int decimals, double tolerance) {
        for (double t : ticks) {
            double rounded = new BigDecimal(t).setScale(decimals, RoundingMode.HALF_EVEN).doubleValue();
            if (Math.abs(rounded - t) > tolerance) return false;
        }
        return true;
    }

    static String format(double value, int decimals) {
        BigDecimal rounded = new BigDecimal(value).setScale(decimals, RoundingMode.HALF_EVEN);
        if (rounded.signum() == 0) rounded = rounded.abs();
        String text = rounded.toPlainString();
        return text.startsWith("-") ? MINUS + text.substring(1) : text;
    }
}
