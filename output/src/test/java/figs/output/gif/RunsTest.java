package figs.output.gif;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class RunsTest {
    @Test
    void runsGiveBackEveryPixelInOrderAndIgnoreTheAlphaByte() {
        int[] rgb = {0xff000001, 1, 1, 2, 0x00000003, 3, 3, 1, 1};
        ColorCounts counts = new ColorCounts();
        Runs runs = Runs.of(rgb, counts);
        int[] back = new int[rgb.length];
        runs.rgb(counts.colors(), back);
        assertArrayEquals(new int[] {1, 1, 1, 2, 3, 3, 3, 1, 1}, back);
        int[] at = {0};
        runs.forEach((id, length) -> {
            Arrays.fill(back, at[0], at[0] + length, counts.colors()[id]);
            at[0] += length;
        });
        assertArrayEquals(new int[] {1, 1, 1, 2, 3, 3, 3, 1, 1}, back);
    }

    @Test
    void eachRunIsCountedAndMapsThroughItsColoursIndex() {
        int[] rgb = {5, 5, 5, 5, 7, 5, 9, 9};
        ColorCounts counts = new ColorCounts();
        Runs runs = Runs.of(rgb, counts);
        assertArrayEquals(new int[] {5, 7, 9}, counts.colors(), "ids in the order first seen");
        assertEquals(4, counts.flat(5), "only the run of four is flat");
        assertArrayEquals(new long[] {5L << 24 | 5, 2L << 24 | 9, 1L << 24 | 7}, counts.byFrequency());
        byte[] indices = new byte[rgb.length];
        runs.indices(new byte[] {10, 20, 30}, indices);
        assertArrayEquals(new byte[] {10, 10, 10, 10, 20, 10, 30, 30}, indices);
    }
}
