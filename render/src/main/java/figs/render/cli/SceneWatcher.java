package figs.render.cli;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.concurrent.TimeUnit;

/**
 * Calls back when a file has been saved: its folder is watched (editors often save by writing a new
 * file and renaming it over the old one), and a burst of events ends only after {@code quietMillis}
 * without another, so one save gives one call however many writes it takes.
 */
final class SceneWatcher implements AutoCloseable {
    /** What to do after each save. */
    interface Saved {
        void run() throws InterruptedException;
    }

    private final Path file;
    private final long quietMillis;
    private final WatchService service;

    /** Starts watching at once, so that no save after this returns is missed. */
    SceneWatcher(Path file, long quietMillis) throws IOException {
        this.file = file.toAbsolutePath().normalize();
        this.quietMillis = quietMillis;
        this.service = FileSystems.getDefault().newWatchService();
        this.file.getParent().register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY);
    }

    /** Runs {@code saved} after each save until the thread is interrupted or the watcher closed. */
    void watch(Saved saved) throws InterruptedException {
        try {
            while (true) {
                if (!concernsFile(service.take())) continue;
                while (true) {
                    WatchKey more = service.poll(quietMillis, TimeUnit.MILLISECONDS);
                    if (more == null) break;
                    concernsFile(more);
                }
                saved.run();
            }
        } catch (ClosedWatchServiceException e) {
            // closed: done watching
        }
    }

    /** Whether {@code key}'s events touch the file; the key is re-armed either way. */
    private boolean concernsFile(WatchKey key) {
        boolean ours = false;
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.context() instanceof Path name && name.equals(file.getFileName())) ours = true;
            if (event.kind() == StandardWatchEventKinds.OVERFLOW) ours = true;
        }
        key.reset();
        return ours;
    }

    @Override
    public void close() throws IOException {
        service.close();
    }
}
