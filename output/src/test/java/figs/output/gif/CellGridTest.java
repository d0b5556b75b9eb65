package figs.output.gif;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

class CellGridTest {
    @Test
    void findsWhatAFullScanFindsTiesIncluded() {
        Random random = new Random(3);
        int[] rgb = new int[50_000];
        for (int i = 0; i < rgb.length; i++) rgb[i] = random.nextInt(1 << 24);
        // Colours crowded on cell edges and corners, where the bounds are tight.
        for (int i = 0; i < 5_000; i++) rgb[i] = (random.nextInt(1 << 24) & 0xf8f8f8) | (i % 2 == 0 ? 0x070707 : 0);
        for (int size : new int[] {1, 2, 16, 255}) {
            int[] palette = new int[size];
            for (int e = 0; e < size; e++) palette[e] = random.nextInt(1 << 24);
            if (size > 16) {
                palette[12] = palette[3]; // a repeated entry: the lower index wins
                palette[13] = palette[4] ^ 0x000002; // and colours exactly between two entries
                for (int i = 5_000; i < 6_000; i++) rgb[i] = palette[4] ^ (i % 3 == 0 ? 0x000001 : 0x000003);
            }
            CellGrid grid = new CellGrid(rgb);
            int[][] candidates = grid.candidates(palette);
            for (int i = 0; i < rgb.length; i++) {
                assertEquals(Lloyd.nearest(rgb[i], palette), grid.nearest(i, candidates, palette), size + " entries, " + Integer.toHexString(rgb[i]));
            }
        }
    }
}
