package figs.output.gif;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Random;
import org.junit.jupiter.api.Test;

class RectTest {
    @Test
    void theChangedRectangleHoldsEveryDifferingPixelAndNoMore() {
        Random random = new Random(9);
        int width = 37, height = 23;
        for (int trial = 0; trial < 500; trial++) {
            byte[] a = new byte[width * height];
            random.nextBytes(a);
            byte[] b = a.clone();
            int changes = trial % 5;
            int left = width, right = -1, top = height, bottom = -1;
            for (int k = 0; k < changes; k++) {
                int x = random.nextInt(width), y = random.nextInt(height);
                b[y * width + x] ^= (byte) (1 + random.nextInt(255));
                left = Math.min(left, x);
                right = Math.max(right, x);
                top = Math.min(top, y);
                bottom = Math.max(bottom, y);
            }
            Rect changed = Rect.changed(a, b, width, height);
            if (changes == 0) {
                assertNull(changed);
            } else {
                assertEquals(new Rect(left, top, right - left + 1, bottom - top + 1), changed, "trial " + trial);
            }
        }
    }
}
