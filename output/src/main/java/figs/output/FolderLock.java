package figs.output;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * One render at a time into an output folder. Two renders writing the same files would each move
 * complete files into place, but the folder would end as a mix of both; the second one is refused
 * instead. The lock is the operating system's ({@link FileChannel#tryLock}), so it is released
 * when its process ends in any way, kill -9 included; the lock file itself stays, empty, and is
 * never deleted, since deleting it would let two processes lock two different files of that name.
 */
public final class FolderLock implements AutoCloseable {
    public static final String FILE = ".figs-render.lock";
    private final FileChannel channel;
    private final FileLock lock;

    private FolderLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** Locks {@code folder} (made if missing), or throws naming the folder when another render holds it. */
    public static FolderLock acquire(Path folder) throws IOException {
        Files.createDirectories(folder);
        Path file = folder.resolve(FILE);
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null; // held by this very process, through another channel
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
        if (lock == null) {
            channel.close();
            throw new FileSystemException(folder.toString(), null, "another figs render is writing into this folder (it holds "
                    + FILE + "); wait for it to finish, or render into another --out folder");
        }
        return new FolderLock(channel, lock);
    }

    @Override
    public void close() throws IOException {
        try {
            lock.release();
        } finally {
            channel.close();
        }
    }
}
