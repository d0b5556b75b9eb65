package figs.output.gif;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class PaletteTest {
    @Test
    void upTo255ColoursAreKeptExactlyWithTheNextIndexTransparent() {
        ColorCounts counts = new ColorCounts();
        for (int c = 0; c < 200; c++) counts.add(c * 0x010101, 1 + c);
        Palette palette = Palette.of(counts);
        assertEquals(200, palette.size());
        assertEquals(200, palette.transparentIndex());
        for (int c = 0; c < 200; c++) assertEquals(c * 0x010101, palette.colors()[palette.indexOf(c * 0x010101)]);
    }

    @Test
    void exactly256ColoursFillTheTableAndLeaveNoTransparentIndex() {
        ColorCounts counts = new ColorCounts();
        for (int c = 0; c < 256; c++) counts.add(c << 8, 10);
        Palette palette = Palette.of(counts);
        assertEquals(256, palette.size());
        assertEquals(-1, palette.transparentIndex());
        for (int c = 0; c < 256; c++) assertEquals(c << 8, palette.colors()[palette.indexOf(c << 8)]);
    }

    @Test
    void fillsStayExactWhenBlendsOverflowTheTable() {
        // Twelve fills on most pixels, then 20,000 rare blends (one pixel each) all over the cube.
        int[] fills = {0xffffff, 0xeaeaf2, 0x9e0142, 0xd53e4f, 0xf46d43, 0xfdae61, 0xfee08b, 0xe6f598, 0xabdda4,
            0x66c2a5, 0x3288bd, 0x5e4fa2};
        ColorCounts counts = new ColorCounts();
        for (int i = 0; i < fills.length; i++) counts.add(fills[i], 100_000 - i);
        for (int i = 0; i < 20_000; i++) counts.add((int) (i * 2654435761L >>> 8) & 0xffffff, 1);
        Palette palette = Palette.of(counts);
        assertEquals(255, palette.size());
        assertEquals(255, palette.transparentIndex());
        for (int fill : fills) assertEquals(fill, palette.colors()[palette.indexOf(fill)], Integer.toHexString(fill));
        assertArrayEquals(fills, Arrays.copyOf(palette.colors(), fills.length), "fills first, most frequent first");
    }

    @Test
    void medianCutGivesAtMostTheColoursAskedForAndTheSameOnesEveryTime() {
        long[] packed = new long[5000];
        for (int i = 0; i < packed.length; i++) packed[i] = (long) (1 + i % 7) << 24 | (i * 40503 & 0xffffff);
        packed = Arrays.stream(packed).distinct().toArray();
        int[] once = MedianCut.colors(packed, 100);
        assertEquals(100, once.length);
        assertArrayEquals(once, MedianCut.colors(packed.clone(), 100));
        assertTrue(MedianCut.colors(Arrays.copyOf(packed, 3), 100).length <= 3, "no more boxes than colours");
    }

    @Test
    void nearestColourWeighsGreenDifferencesMost() {
        // Equal RGB distance from grey; green differences look larger, so the entry off in blue is nearer.
        NearestColor nearest = new NearestColor(new int[] {0x809080, 0x808090});
        assertEquals(1, nearest.indexOf(0x808080));
    }

    @Test
    void frequentColoursOfShadingAreSummarisedNotKeptExact() {
        // A flat fill in long runs, and 2000 shades each frequent enough to count as a fill by its share but
        // only ever in runs of 1 to 3 pixels, as a smoothly shaded surface gives. Only the fill is kept
        // exact; the shades share the rest of the table (by share alone, 127 of them would be exact).
        ColorCounts counts = new ColorCounts();
        for (int i = 0; i < 1000; i++) counts.add(0x000000, 100);
        for (int shade = 0; shade < 2000; shade++) {
            for (int i = 0; i < 1000; i++) counts.add(shade(shade), 1 + i % (ColorCounts.FLAT_RUN - 1));
        }
        Palette palette = Palette.of(counts);
        assertEquals(0x000000, palette.colors()[0], "the fill comes first, exact");
        java.util.Set<Integer> shades = new java.util.HashSet<>();
        for (int shade = 0; shade < 2000; shade++) shades.add(shade(shade));
        long exactShades = Arrays.stream(palette.colors()).filter(shades::contains).count();
        assertTrue(exactShades < 16, "shades are not taken as fills: " + exactShades + " kept exact");
    }

    /** Scattered over the colour cube, so a median-cut box's mean is not itself one of them. */
    private static int shade(int i) {
        return (int) ((i + 1) * 2654435761L >>> 8) & 0xfffff0 | 0x000008;
    }
}
