package figs.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The lock of an output folder, and the clean-up it makes safe. (Across processes: render's KilledRenderTest.) */
class FolderLockTest {
    @TempDir
    Path folder;

    @Test
    void aHeldFolderIsRefusedWithItsNameUntilReleased() throws IOException {
        try (FolderLock first = FolderLock.acquire(folder)) {
            IOException e = assertThrows(IOException.class, () -> FolderLock.acquire(folder));
            assertTrue(e.getMessage().contains(folder + ": another figs render is writing into this folder"), e.getMessage());
        }
        try (FolderLock again = FolderLock.acquire(folder)) {
            assertTrue(Files.exists(folder.resolve(FolderLock.FILE)));
        }
    }

    @Test
    void leftoversAreTheDotPartFilesOnly() throws IOException {
        Path figure = Files.writeString(folder.resolve("figure.gif"), "done");
        Path hidden = Files.writeString(folder.resolve(".notes"), "kept");
        Files.writeString(folder.resolve(".figure.gif12345.part"), "torn");
        AtomicFile.removeLeftovers(folder);
        try (var files = Files.list(folder)) {
            assertEquals(List.of(hidden, figure), files.sorted().toList());
        }
    }
}
