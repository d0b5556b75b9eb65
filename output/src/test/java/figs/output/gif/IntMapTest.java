package figs.output.gif;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class IntMapTest {
    @Test
    void keepsEveryValueWhileGrowingFarBeyondItsFirstCapacity() {
        IntMap map = new IntMap(4);
        for (int key = 0; key < 100_000; key++) map.add(key * 7919 & 0xffffff, key);
        for (int key = 0; key < 100_000; key++) map.add(key * 7919 & 0xffffff, 1);
        assertEquals(100_000, map.size());
        for (int key = 0; key < 100_000; key++) assertEquals(key + 1, map.get(key * 7919 & 0xffffff, -1), "key " + key);
        assertEquals(-1, map.get(0xffffff, -1), "absent key");
    }
}
