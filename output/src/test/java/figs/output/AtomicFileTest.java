package figs.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileTest {
    @TempDir
    Path folder;

    @Test
    void writesTheWholeContentAndNothingElse() throws IOException {
        Path target = folder.resolve("sub/figure.txt");
        AtomicFile.write(target, out -> out.write("complete".getBytes(StandardCharsets.UTF_8)));
        assertEquals("complete", Files.readString(target));
        assertEquals(List.of(target), listing(target.getParent()));
    }

    @Test
    void aFailureHalfwayLeavesTheOldFileAndNoTemporaryFile() throws IOException {
        Path target = folder.resolve("figure.txt");
        Files.writeString(target, "old");
        assertThrows(IOException.class, () -> AtomicFile.write(target, out -> {
            out.write("half".getBytes(StandardCharsets.UTF_8));
            throw new IOException("encoder failed");
        }));
        assertThrows(UncheckedIOException.class, () -> AtomicFile.write(target, out -> {
            throw new UncheckedIOException(new IOException("encoder failed"));
        }));
        assertEquals("old", Files.readString(target));
        assertEquals(List.of(target), listing(folder));
    }

    @Test
    void aFailureWithNoOldFileLeavesNothing() throws IOException {
        Path target = folder.resolve("new.txt");
        assertThrows(IOException.class, () -> AtomicFile.write(target, out -> {
            throw new IOException("encoder failed");
        }));
        assertEquals(List.of(), listing(folder));
    }

    private static List<Path> listing(Path dir) throws IOException {
        try (var files = Files.list(dir)) {
            return files.sorted().toList();
        }
    }
}
