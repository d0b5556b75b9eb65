package figs.output.gif;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ColorIdsTest {
    @Test
    void givesIdsInTheOrderColoursAreFirstSeenWhileGrowingFarBeyondItsFirstCapacity() {
        ColorIds ids = new ColorIds();
        int n = 100_000;
        int[] colors = new int[n];
        for (int i = 0; i < n; i++) {
            colors[i] = i * 7919 & 0xffffff;
            assertEquals(i, ids.add(colors[i]));
        }
        for (int i = 0; i < n; i++) assertEquals(i, ids.add(colors[i]), "again " + i);
        for (int i = 0; i < n; i++) assertEquals(i, ids.find(colors[i]), "find " + i);
        assertEquals(n, ids.size());
        assertArrayEquals(colors, ids.colors());
        assertEquals(-1, ids.find(0xffffff), "absent colour");
        assertEquals(n, ids.add(0xffffff), "then added");
    }

    @Test
    void blackIsAColourLikeAnyOther() {
        ColorIds ids = new ColorIds();
        assertEquals(-1, ids.find(0));
        assertEquals(0, ids.add(0));
        assertEquals(1, ids.add(1));
        assertEquals(0, ids.find(0));
    }
}
