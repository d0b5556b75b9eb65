package figs.render.cli;

import figs.output.FolderLock;
import figs.render.check.LockEntry;
import figs.render.check.LockFile;
import figs.render.pipeline.FrameRange;
import figs.render.pipeline.Progress;
import figs.render.run.ToolVersion;
import figs.render.scene.Output;
import figs.render.scene.Scene;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code figs lock <scenes>... [--out DIR] [--lock FILE]}: renders the scenes as {@code render} does (current
 * ones are skipped) and records each of their files in {@code figures.lock}, which {@code figs check} then
 * holds every later render to. Entries of other scenes already in the lock stay as they are.
 */
@Command(name = "lock", mixinStandardHelpOptions = true, versionProvider = Figs.Version.class,
        description = {"Renders the scenes and records their files in figures.lock, for 'figs check' to compare with.",
            "Per file: the scene's hash, the figs version, the file's SHA-256 and size, and per frame a fingerprint",
            "(pixel hash, difference hash, 8x8 thumbnail) that survives re-encoding. Commit figures.lock."})
final class LockCommand implements Callable<Integer> {
    @Mixin
    SceneBatch batch;

    @Mixin
    OutputOptions output;

    @Option(names = "--lock", paramLabel = "FILE", defaultValue = CheckCommand.LOCK,
            description = "The lock file to write (default: ${DEFAULT-VALUE}); scene paths in it are relative to its folder.")
    Path lock;

    @Option(names = "--force", description = "Render every scene, also those whose files are current.")
    boolean force;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (!output.frames.equals(FrameRange.ALL)) throw new IllegalArgumentException("a lock records whole figures, so --frames cannot be used with it");
        PrintWriter stderr = spec.commandLine().getErr();
        List<Scene> loaded = batch.load(stderr);
        if (loaded == null) return Figs.BAD_SCENE;
        // A damaged lock stops here, before minutes of rendering.
        SortedMap<String, LockEntry> entries = Files.exists(lock) ? LockFile.read(lock) : new TreeMap<>();
        Progress progress = Figs.progress(spec);
        try (FolderLock folder = FolderLock.acquire(output.out)) {
            int rendered = RenderCommand.renderLocked(loaded, batch, output, force, progress, stderr);
            if (rendered != 0) return rendered;
            List<String> locked = record(loaded, entries);
            LockFile.write(lock, entries);
            int frames = locked.stream().mapToInt(name -> entries.get(name).frameCount()).sum();
            progress.line(lock + ": " + locked.size() + " files of " + loaded.size() + (loaded.size() == 1 ? " scene" : " scenes")
                    + " locked (" + frames + " frames); " + entries.size() + " files in all");
            return 0;
        }
    }

    /** Replaces the entries of {@code loaded}'s scenes with their files as they are now; returns the names. */
    private List<String> record(List<Scene> loaded, SortedMap<String, LockEntry> entries) throws Exception {
        Path base = lockFolder(lock);
        List<String> paths = new ArrayList<>();
        for (Scene scene : loaded) paths.add(scenePath(base, scene));
        entries.values().removeIf(e -> paths.contains(e.scene()));
        // Decoding is the slow part (a 180-frame MP4 takes seconds): one file per core.
        ExecutorService pool = Executors.newFixedThreadPool(batch.jobs);
        try {
            List<String> names = new ArrayList<>();
            List<Future<LockEntry>> made = new ArrayList<>();
            for (int s = 0; s < loaded.size(); s++) {
                Scene scene = loaded.get(s);
                String path = paths.get(s);
                for (Output o : scene.outputs()) {
                    String name = scene.name() + o.suffix();
                    Path file = output.out.resolve(name);
                    names.add(name);
                    made.add(pool.submit(() -> LockEntry.of(file, path, scene.digest(), ToolVersion.version())));
                }
            }
            for (int i = 0; i < names.size(); i++) {
                try {
                    entries.put(names.get(i), made.get(i).get());
                } catch (java.util.concurrent.ExecutionException e) {
                    throw e.getCause() instanceof Exception cause ? cause : e;
                }
            }
            return names;
        } finally {
            pool.shutdownNow();
        }
    }

    static Path lockFolder(Path lock) {
        Path parent = lock.toAbsolutePath().normalize().getParent();
        return parent == null ? lock.toAbsolutePath().getRoot() : parent;
    }

    /** The scene file relative to the lock's folder, with '/' whatever the platform, as the lock records it. */
    static String scenePath(Path lockFolder, Scene scene) {
        Path relative = lockFolder.relativize(scene.file().toAbsolutePath().normalize());
        return relative.toString().replace(java.io.File.separatorChar, '/');
    }
}
