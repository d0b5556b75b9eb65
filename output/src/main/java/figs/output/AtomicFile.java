package figs.output;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Writes a file so that readers see either the old complete file or the new complete one, never a
 * torn one: the bytes go to a temporary file in the same folder, which is then renamed into place.
 */
public final class AtomicFile {
    /** The suffix of temporary files; {@link #removeLeftovers} knows them by it and a leading dot. */
    static final String PART = ".part";

    private AtomicFile() {}

    /**
     * Deletes the temporary files a killed writer left in {@code folder}. Only safe while no other
     * process writes there: call it holding the folder's {@link FolderLock}.
     */
    public static void removeLeftovers(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) return;
        try (var files = Files.newDirectoryStream(folder, "." + "*" + PART)) {
            for (Path file : files) {
                if (Files.isRegularFile(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) Files.deleteIfExists(file);
            }
        }
    }

    /** Something that writes the whole content of a file. */
    @FunctionalInterface
    public interface Content {
        void writeTo(Path temporary) throws IOException;
    }

    /** Something that writes the whole content of a file to a stream. */
    @FunctionalInterface
    public interface StreamContent {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Lets {@code content} fill a temporary file by path (for writers that want a file), then moves it into place. */
    public static void writeWith(Path target, Content content) throws IOException {
        refuseLink(target);
        Path folder = target.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        Path temporary = Files.createTempFile(folder, "." + target.getFileName(), PART);
        try {
            content.writeTo(temporary);
            readableByAll(temporary);
            move(temporary, target);
        } catch (IOException | RuntimeException | Error e) {
            Files.deleteIfExists(temporary);
            throw e;
        }
    }

    /**
     * Refuses a target that is a symbolic link, wherever it points: following it would write outside the
     * output folder, and replacing it would quietly undo a link someone made on purpose.
     */
    public static void refuseLink(Path target) throws IOException {
        if (Files.isSymbolicLink(target)) {
            throw new FileSystemException(target.toString(), null, "is a symbolic link; figs neither writes through links nor"
                    + " replaces them, so remove the link or write to another --out folder");
        }
    }

    public static void write(Path target, StreamContent content) throws IOException {
        writeWith(target, temporary -> {
            try (OutputStream out = Files.newOutputStream(temporary)) {
                content.writeTo(out);
            }
        });
    }

    /** Temporary files are created private (rw-------); a figure is meant to be read like any file (rw-r--r--). */
    private static void readableByAll(Path file) throws IOException {
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        }
    }

    private static void move(Path temporary, Path target) throws IOException {
        try {
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
