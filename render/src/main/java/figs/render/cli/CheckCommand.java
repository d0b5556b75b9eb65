package figs.render.cli;

import figs.output.AtomicFile;
import figs.render.check.CheckReport;
import figs.render.check.Evidence;
import figs.render.check.LockEntry;
import figs.render.check.LockFile;
import figs.render.check.OutputCheck;
import figs.render.check.Verdict;
import figs.render.pipeline.FrameRange;
import figs.render.pipeline.Progress;
import figs.render.pipeline.SceneRenderer;
import figs.render.run.RunCache;
import figs.render.run.ToolVersion;
import figs.render.scene.Output;
import figs.render.scene.Scene;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/**
 * {@code figs check <scenes>...}: renders the scenes afresh into a temporary folder and holds every file
 * to {@code figures.lock} (see {@link OutputCheck} for the rules). One line per file; when anything
 * differs, diff pictures and a {@code report.html} in the report folder. Exit code 3 when a file fails.
 */
@Command(name = "check", mixinStandardHelpOptions = true, versionProvider = Figs.Version.class,
        description = {"Renders the scenes afresh and compares every file with figures.lock (and with the committed",
            "files, when they are the ones locked): the same bytes pass; otherwise each frame is compared. A scene",
            "edited since it was locked fails on any changed pixel; the very scene locked passes with a note while",
            "no frame's RMS difference (0-255) exceeds its tolerance (scene key check: {tolerance: ...}, default 1).",
            "When anything differs, writes diff pictures and report.html into the report folder."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every file passes", "1:a bad option, a missing lock, or a file that cannot be read or written",
            "2:a scene file that cannot be rendered as written", "3:a file differs from figures.lock"})
final class CheckCommand implements Callable<Integer> {
    static final String LOCK = "figures.lock";
    /** Exit code when a figure fails its check. */
    static final int DIFFERS = 3;

    @Mixin
    SceneBatch batch;

    @Option(names = "--lock", paramLabel = "FILE", defaultValue = LOCK, description = "The lock to compare with (default: ${DEFAULT-VALUE}).")
    Path lock;

    @Option(names = "--expected", paramLabel = "DIR", defaultValue = "figures",
            description = "Committed figures, compared whole frame by frame when they are the files the lock records (default: ${DEFAULT-VALUE}).")
    Path expected;

    @Option(names = "--report", paramLabel = "DIR", defaultValue = "figs-check",
            description = "Where diff pictures and report.html go when a file differs (default: ${DEFAULT-VALUE}).")
    Path report;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Keep the fresh render in DIR (default: a temporary folder, deleted afterwards).")
    Path out;

    @Option(names = "--cache", paramLabel = "DIR",
            description = "Reuse computed runs kept in DIR (default: compute every run, as a fresh machine would).")
    Path cache;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter stderr = spec.commandLine().getErr();
        List<Scene> loaded = batch.load(stderr);
        if (loaded == null) return Figs.BAD_SCENE;
        if (!Files.isRegularFile(lock)) {
            throw new IOException("no " + lock + " to check against: write it with 'figs lock " + String.join(" ",
                    batch.scenes.stream().map(Path::toString).toList()) + "' and commit it");
        }
        SortedMap<String, LockEntry> locked = LockFile.read(lock);
        Progress progress = Figs.progress(spec);
        Path folder = out != null ? out : Files.createTempDirectory("figs-check");
        try {
            int rendered = render(loaded, folder, progress, stderr);
            if (rendered != 0) return rendered;
            return compare(loaded, locked, folder, progress);
        } finally {
            if (out == null) deleteTree(folder);
        }
    }

    private int render(List<Scene> loaded, Path folder, Progress progress, PrintWriter stderr) throws IOException {
        RunCache runs = cache == null ? RunCache.NONE : RunCache.in(cache, line -> progress.line("warning: " + line));
        SceneRenderer.Options options = SceneRenderer.Options.defaults().withCache(runs).withProgress(progress);
        try (SceneRenderer renderer = new SceneRenderer(progress::line, options)) {
            renderer.expect(loaded);
            return batch.render(loaded, stderr, scene -> {
                long start = System.nanoTime();
                renderer.render(scene, folder);
                progress.line(String.format(java.util.Locale.ROOT, "%s: rendered in %.1f s", scene.name(), (System.nanoTime() - start) / 1e9));
            });
        }
    }

    private int compare(List<Scene> loaded, SortedMap<String, LockEntry> locked, Path folder, Progress progress) throws IOException {
        Path base = LockCommand.lockFolder(lock);
        List<Verdict> verdicts = new ArrayList<>();
        Map<String, Evidence> evidence = new LinkedHashMap<>();
        for (Scene scene : loaded) {
            String scenePath = LockCommand.scenePath(base, scene);
            List<String> written = new ArrayList<>();
            for (Output o : scene.outputs()) {
                String name = scene.name() + o.suffix();
                written.add(name);
                LockEntry entry = locked.get(name);
                Verdict v = entry == null
                        ? Verdict.unmatched(name, "not in " + lock + "; 'figs lock' adds it")
                        : OutputCheck.compare(folder.resolve(name), name, entry, expected.resolve(name), scene.digest(), scene.tolerance());
                verdicts.add(v);
                if (v.differing() > 0) {
                    evidence.put(name, Evidence.write(v, folder.resolve(name), expected.resolve(name), entry, report));
                }
            }
            for (var e : locked.entrySet()) {
                if (e.getValue().scene().equals(scenePath) && !written.contains(e.getKey())) {
                    verdicts.add(Verdict.unmatched(e.getKey(), "in " + lock + ", and the scene no longer writes it; 'figs lock' drops it"));
                }
            }
        }
        for (Verdict v : verdicts) progress.line(v.summary());
        long failed = verdicts.stream().filter(v -> !v.passes()).count();
        long identical = verdicts.stream().filter(v -> v.status() == Verdict.Status.IDENTICAL).count();
        String counts = verdicts.size() + " files: " + identical + " identical, " + (verdicts.size() - identical - failed)
                + " pass with a note, " + failed + " fail";
        Path page = report.resolve(CheckReport.FILE);
        if (identical == verdicts.size()) {
            Files.deleteIfExists(page); // an old report would describe differences that are gone
            progress.line("figs check: " + counts);
        } else {
            Files.createDirectories(report);
            String checked = loaded.size() + (loaded.size() == 1 ? " scene" : " scenes");
            CheckReport.write(report, "figs " + ToolVersion.version() + " checked " + checked + " against " + lock + ": " + counts,
                    verdicts, evidence);
            progress.line("figs check: " + counts + "; report: " + page);
        }
        return failed == 0 ? 0 : DIFFERS;
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) return;
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }
}
