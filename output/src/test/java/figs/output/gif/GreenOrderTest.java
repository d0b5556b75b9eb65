package figs.output.gif;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

class GreenOrderTest {
    /** Random entries, one repeated and two equally far from some colours: the lower index must win every tie. */
    private static int[] palette(Random random) {
        int[] palette = new int[200];
        for (int i = 0; i < palette.length; i++) palette[i] = random.nextInt(1 << 24);
        palette[150] = palette[20];
        palette[151] = palette[20] ^ 0x010000;
        palette[152] = palette[20] ^ 0x000001;
        palette[153] = palette[20] ^ 0x000100;
        return palette;
    }

    /** Near the crowded entry first (where the ties are), then anywhere. */
    private static int color(int i, int[] palette, Random random) {
        return i < 4096 ? palette[20] + ((i & 15) - 7) * ((i >> 4 & 3) == 0 ? 1 : 1 << 8 * ((i >> 4 & 3) - 1)) : random.nextInt(1 << 24);
    }

    @Test
    void findsWhatAFullScanOfTheRedmeanDistanceFinds() {
        Random random = new Random(12);
        int[] palette = palette(random);
        GreenOrder order = new GreenOrder(palette);
        for (int i = 0; i < 100_000; i++) {
            int c = color(i, palette, random) & 0xffffff;
            assertEquals(fullScan(c, palette), order.nearest(c), Integer.toHexString(c));
        }
    }

    private static int fullScan(int c, int[] palette) {
        int best = 0;
        long bestDistance = Long.MAX_VALUE;
        for (int e = 0; e < palette.length; e++) {
            long d = ColorDistance.squared(c, palette[e]);
            if (d < bestDistance) {
                bestDistance = d;
                best = e;
            }
        }
        return best;
    }
}
