package figs.render.contour;

import figs.render.axes.MaxNLocator;
import java.util.Arrays;

/**
 * The boundaries of filled-contour bands, band k lying between levels[k] and levels[k + 1], and where
 * each band takes its colour: matplotlib's {@code contourf} colours a band by its middle value scaled
 * over [first level, last level].
 */
public record ContourLevels(double[] levels) {
    public ContourLevels {
        if (levels.length < 2) throw new IllegalArgumentException("contours need at least two levels");
        for (int i = 1; i < levels.length; i++) {
            if (!(levels[i] > levels[i - 1])) throw new IllegalArgumentException("levels must increase: " + Arrays.toString(levels));
        }
        levels = levels.clone();
    }

    /**
     * matplotlib's {@code contourf(z, n)}: {@code MaxNLocator(n + 1, min_n_ticks=1)} over the data's
     * range, trimmed to the last level at or below the minimum and the first at or above the maximum
     * ({@code ContourSet._autolev}). The levels follow the data, so every frame uses the whole colormap.
     */
    public static ContourLevels auto(int n, double zmin, double zmax) {
        double[] all = new MaxNLocator(n + 1, 1).rawTicks(zmin, zmax);
        int first = 0;
        for (int i = 0; i < all.length; i++) if (all[i] < zmin) first = i;
        int end = all.length;
        for (int i = all.length - 1; i >= 0; i--) if (all[i] > zmax) end = i + 1;
        if (end - first < 3) {
            first = 0;
            end = all.length;
        }
        return new ContourLevels(Arrays.copyOfRange(all, first, end));
    }

    public int bands() {
        return levels.length - 1;
    }

    public double level(int k) {
        return levels[k];
    }

    /** Where band k takes its colour on the colormap's [0, 1]. */
    public double colorPosition(int band) {
        double middle = (levels[band] + levels[band + 1]) / 2;
        return (middle - levels[0]) / (levels[levels.length - 1] - levels[0]);
    }
}
