package figs.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

    /** A link is refused wherever it points: written through it would land outside; replaced, it would be lost. */
    @Test
    void aTargetThatIsASymbolicLinkIsRefusedAndLeftAsItIs() throws IOException {
        Path outside = Files.createDirectory(folder.resolve("outside")).resolve("precious.txt");
        Files.writeString(outside, "precious");
        Path out = Files.createDirectory(folder.resolve("out"));
        Path link = Files.createSymbolicLink(out.resolve("figure.txt"), outside);
        Path dangling = Files.createSymbolicLink(out.resolve("dangling.txt"), folder.resolve("nowhere.txt"));
        for (Path target : List.of(link, dangling)) {
            IOException e = assertThrows(IOException.class, () -> AtomicFile.write(target, o -> o.write('x')));
            assertTrue(e.getMessage().contains("is a symbolic link"), e.getMessage());
            assertTrue(Files.isSymbolicLink(target), "the link is kept");
        }
        assertEquals("precious", Files.readString(outside));
        assertFalse(Files.exists(folder.resolve("nowhere.txt")));
        assertEquals(List.of(dangling, link), listing(out), "no temporary file left");
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
