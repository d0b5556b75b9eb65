package figs.output.gif;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class RunsTest {
    @Test
    void runsGiveBackEveryPixelInOrderAndIgnoreTheAlphaByte() {
        int[] rgb = {0xff000001, 1, 1, 2, 0x00000003, 3, 3, 1, 1};
        int[] back = new int[rgb.length];
        int[] at = {0};
        Runs.of(rgb).forEach((color, length) -> {
            Arrays.fill(back, at[0], at[0] + length, color);
            at[0] += length;
        });
        assertArrayEquals(new int[] {1, 1, 1, 2, 3, 3, 3, 1, 1}, back);
    }
}
