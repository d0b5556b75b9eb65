package figs.render.check;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LockFileTest {
    private static final Fingerprint A = Fingerprint.of(FingerprintTest.image(16, 16, (x, y) -> x * 16 << 8));
    private static final Fingerprint B = Fingerprint.of(FingerprintTest.image(16, 16, (x, y) -> y * 16));

    @TempDir
    Path folder;

    private static Map<String, LockEntry> entries() {
        Map<String, LockEntry> entries = new java.util.LinkedHashMap<>();
        // Inserted out of order: the file must come out sorted all the same.
        entries.put("zeta.gif", new LockEntry("scenes/zeta.yaml", "ab".repeat(32), "1.0", "cd".repeat(32), 1234, 2, List.of(A, B)));
        entries.put("alpha \"quoted\".png", new LockEntry("scenes/alpha.yaml", "01".repeat(32), "1.0", "ef".repeat(32), 99, 1, List.of(B)));
        return entries;
    }

    @Test
    void writesSortedKeysOneFramePerLineAndReadsBackTheSame() throws IOException {
        Path lock = folder.resolve("figures.lock");
        LockFile.write(lock, entries());
        String text = Files.readString(lock);
        assertTrue(text.indexOf("alpha \\\"quoted\\\".png") < text.indexOf("zeta.gif"), text);
        List<String> keys = List.of("\"bytes\"", "\"figs\"", "\"frame_count\"", "\"frames\"", "\"scene\"", "\"scene_sha256\"", "\"sha256\"");
        int at = text.indexOf("zeta.gif");
        for (String key : keys) {
            int next = text.indexOf(key, at);
            assertTrue(next > at, key + " after the one before it");
            at = next;
        }
        assertTrue(text.contains("\n        {\"dhash\": \"" + A.dhash() + "\", \"pixels\": \"" + A.pixels() + "\", \"thumb\": \"" + A.thumb() + "\"},\n"), text);
        assertEquals(new TreeMap<>(entries()), LockFile.read(lock));
    }

    @Test
    void theSameEntriesGiveTheSameBytes() throws IOException {
        Path one = folder.resolve("one.lock");
        Path two = folder.resolve("two.lock");
        LockFile.write(one, entries());
        LockFile.write(two, new TreeMap<>(entries()));
        assertArrayEquals(Files.readAllBytes(one), Files.readAllBytes(two));
        assertEquals("{\n  \"format\": 1,\n  \"outputs\": {}\n}\n", LockFile.text(Map.of()));
    }

    @Test
    void aDamagedLockNamesItsLineAndColumn() throws IOException {
        Path lock = folder.resolve("figures.lock");
        LockFile.write(lock, entries());
        Files.writeString(lock, Files.readString(lock).replace("\"bytes\": 1234,", "\"bytes\": 1234"));
        IOException e = assertThrows(IOException.class, () -> LockFile.read(lock));
        assertTrue(e.getMessage().matches("(?s)" + java.util.regex.Pattern.quote(lock.toString()) + ":\\d+:\\d+: not a figures.lock.*"), e.getMessage());
    }

    @Test
    void aMissingFieldOrAnotherFormatIsRefused() throws IOException {
        Path lock = folder.resolve("figures.lock");
        LockFile.write(lock, entries());
        String text = Files.readString(lock);
        Files.writeString(lock, text.replaceFirst("      \"sha256\": \"[0-9a-f]+\"\n", "      \"size\": 3\n"));
        IOException missing = assertThrows(IOException.class, () -> LockFile.read(lock));
        assertTrue(missing.getMessage().contains("'sha256'"), missing.getMessage());
        Files.writeString(lock, text.replace("\"format\": 1", "\"format\": 2"));
        IOException format = assertThrows(IOException.class, () -> LockFile.read(lock));
        assertTrue(format.getMessage().contains("format 2, and this figs reads format 1"), format.getMessage());
    }

    @Test
    void frameCountMustMatchTheFramesListed() {
        var e = assertThrows(IllegalArgumentException.class, () -> new LockEntry("s", "x", "1", "y", 1, 3, List.of(A)));
        assertTrue(e.getMessage().contains("frame_count is 3 but 1 frames"), e.getMessage());
    }
}
