package figs.output.gif;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Heckbert's median cut (1982), weighted by pixel counts: the box with the largest weighted range is
 * split at the weighted median of its widest channel until there are enough boxes; each box gives
 * its count-weighted mean colour. Green counts double and blue half in the range, as the eye does.
 */
final class MedianCut {
    private static final int[] CHANNEL_WEIGHT = {2, 4, 1};

    private MedianCut() {}

    /** Up to {@code wanted} colours summarising {@code packed} entries of (count << 24 | rgb). */
    static int[] colors(long[] packed, int wanted) {
        List<long[]> boxes = new ArrayList<>();
        boxes.add(packed);
        while (boxes.size() < wanted) {
            int widest = -1;
            long best = 0;
            for (int b = 0; b < boxes.size(); b++) {
                long score = boxes.get(b).length < 2 ? 0 : weightedRange(boxes.get(b));
                if (score > best) {
                    best = score;
                    widest = b;
                }
            }
            if (widest < 0) break;
            long[][] halves = split(boxes.remove(widest));
            boxes.add(halves[0]);
            boxes.add(halves[1]);
        }
        return boxes.stream().mapToInt(MedianCut::mean).toArray();
    }

    private static long weightedRange(long[] box) {
        int channel = widestChannel(box);
        return (long) range(box, channel) * CHANNEL_WEIGHT[channel] * totalCount(box);
    }

    private static long[][] split(long[] box) {
        int channel = widestChannel(box);
        long[] sorted = box.clone();
        Arrays.sort(sorted);
        sortByChannel(sorted, channel);
        long half = totalCount(sorted) / 2;
        long seen = 0;
        int cut = 1;
        for (; cut < sorted.length - 1; cut++) {
            seen += sorted[cut - 1] >>> 24;
            if (seen >= half) break;
        }
        return new long[][] {Arrays.copyOfRange(sorted, 0, cut), Arrays.copyOfRange(sorted, cut, sorted.length)};
    }

    /** Stable order by one channel's value (the input is sorted by count and colour, so ties stay reproducible). */
    private static void sortByChannel(long[] box, int channel) {
        Long[] boxed = Arrays.stream(box).boxed().toArray(Long[]::new);
        Arrays.sort(boxed, (a, b) -> Integer.compare(value(a, channel), value(b, channel)));
        for (int i = 0; i < box.length; i++) box[i] = boxed[i];
    }

    private static int widestChannel(long[] box) {
        int best = 0;
        for (int c = 1; c < 3; c++) {
            if (range(box, c) * CHANNEL_WEIGHT[c] > range(box, best) * CHANNEL_WEIGHT[best]) best = c;
        }
        return best;
    }

    private static int range(long[] box, int channel) {
        int lo = 255, hi = 0;
        for (long p : box) {
            int v = value(p, channel);
            lo = Math.min(lo, v);
            hi = Math.max(hi, v);
        }
        return hi - lo;
    }

    private static int value(long packed, int channel) {
        return (int) (packed >>> (16 - 8 * channel)) & 0xff;
    }

    private static long totalCount(long[] box) {
        long total = 0;
        for (long p : box) total += p >>> 24;
        return total;
    }

    private static int mean(long[] box) {
        double[] sum = new double[3];
        long total = 0;
        for (long p : box) {
            long count = Math.max(1, p >>> 24);
            for (int c = 0; c < 3; c++) sum[c] += count * value(p, c);
            total += count;
        }
        int rgb = 0;
        for (int c = 0; c < 3; c++) rgb = (rgb << 8) | (int) Math.round(sum[c] / total);
        return rgb;
    }
}
