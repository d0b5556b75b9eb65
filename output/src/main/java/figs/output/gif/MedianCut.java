package figs.output.gif;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Heckbert's median cut (1982), weighted by pixel counts: the box of colours with the largest weighted
 * squared error around its mean is split at the weighted median of the channel that contributes most
 * to that error, until there are enough boxes; each box gives its count-weighted mean colour. Channels
 * are weighted as {@link ColorDistance} weighs them, so the eye's sensitivity to green gets more entries.
 */
final class MedianCut {
    private MedianCut() {}

    /** Up to {@code wanted} colours summarising {@code packed} entries of (count << 24 | rgb), distinct colours. */
    static int[] colors(long[] packed, int wanted) {
        List<Box> boxes = new ArrayList<>();
        boxes.add(Box.of(packed));
        while (boxes.size() < wanted) {
            int worst = -1;
            for (int b = 0; b < boxes.size(); b++) {
                if (boxes.get(b).error() > 0 && (worst < 0 || boxes.get(b).error() > boxes.get(worst).error())) worst = b;
            }
            if (worst < 0) break; // every box is a single colour
            boxes.addAll(boxes.remove(worst).split());
        }
        return boxes.stream().mapToInt(Box::meanRgb).toArray();
    }

    /** A set of colours with its count-weighted mean and weighted squared error per channel. */
    private record Box(long[] entries, double[] mean, double[] channelError) {
        static Box of(long[] entries) {
            double total = 0;
            double[] mean = new double[3];
            for (long p : entries) {
                long n = ColorCounts.count(p);
                total += n;
                for (int c = 0; c < 3; c++) mean[c] += n * value(p, c);
            }
            for (int c = 0; c < 3; c++) mean[c] /= total;
            double[] error = new double[3];
            for (long p : entries) {
                for (int c = 0; c < 3; c++) {
                    double d = value(p, c) - mean[c];
                    error[c] += ColorDistance.MID_WEIGHTS[c] * ColorCounts.count(p) * d * d;
                }
            }
            return new Box(entries, mean, error);
        }

        double error() {
            return channelError[0] + channelError[1] + channelError[2];
        }

        /** Two boxes, cut where half the pixels lie on each side along the channel with the largest error. */
        List<Box> split() {
            int channel = 0;
            for (int c = 1; c < 3; c++) if (channelError[c] > channelError[channel]) channel = c;
            long[] sorted = sortedBy(entries, channel);
            long half = 0;
            for (long p : sorted) half += ColorCounts.count(p);
            half /= 2;
            long seen = 0;
            int cut = 1;
            for (; cut < sorted.length - 1; cut++) {
                seen += ColorCounts.count(sorted[cut - 1]);
                if (seen >= half) break;
            }
            return List.of(of(Arrays.copyOfRange(sorted, 0, cut)), of(Arrays.copyOfRange(sorted, cut, sorted.length)));
        }

        int meanRgb() {
            int rgb = 0;
            for (int c = 0; c < 3; c++) rgb = (rgb << 8) | (int) Math.round(mean[c]);
            return rgb;
        }
    }

    /**
     * The entries ordered by one channel, then by colour: a total order (colours are distinct), sorted
     * as primitive keys of (value, rgb, position) so nothing is boxed.
     */
    private static long[] sortedBy(long[] entries, int channel) {
        long[] keys = new long[entries.length];
        for (int i = 0; i < entries.length; i++) {
            keys[i] = (long) value(entries[i], channel) << 55 | (long) ColorCounts.rgb(entries[i]) << 31 | i;
        }
        Arrays.sort(keys);
        long[] sorted = new long[entries.length];
        for (int i = 0; i < keys.length; i++) sorted[i] = entries[(int) (keys[i] & Integer.MAX_VALUE)];
        return sorted;
    }

    private static int value(long packed, int channel) {
        return ColorCounts.rgb(packed) >>> (16 - 8 * channel) & 0xff;
    }
}
