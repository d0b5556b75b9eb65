package figs.render.run;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import figs.render.pipeline.SceneRenderer;
import figs.render.pipeline.SmallScenes;
import figs.render.scene.SceneLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The run cache both ways: a style-only edit does not retrain, an edit of a run does. */
class RunCacheTest {
    /** A new look for the same runs: comments, title, colormap, size and outputs change. */
    private static final String RESTYLED = SmallScenes.BOUNDARY
            .replace("# a small copy", "# a restyled small copy")
            .replace("epoch {epoch:03d}", "after {epoch} epochs")
            .replace("colormap: Spectral, alpha: 0.7", "colormap: viridis, alpha: 0.5")
            .replace("size: [160, 120]", "size: [150, 150]")
            .replace("montage: {columns: 3}", "montage: {columns: 2}");

    @TempDir
    Path work;

    @Test
    void aStyleOnlyEditReusesTheTrainingAndDrawsTheSameAsAFreshOne() throws Exception {
        assertTrue(render(SmallScenes.BOUNDARY, "cached").stream().anyMatch(l -> l.contains("trained network")));
        List<String> log = render(RESTYLED, "cached");
        assertTrue(log.stream().noneMatch(l -> l.contains("trained")), "no training: " + log);
        assertTrue(log.stream().anyMatch(l -> l.contains("network from the cache")), log.toString());
        renderWithout(RESTYLED, "fresh");
        for (String name : SmallScenes.FILES) {
            assertArrayEquals(Files.readAllBytes(work.resolve("cached").resolve(name)),
                    Files.readAllBytes(work.resolve("fresh").resolve(name)), name + ": the cached state is exact");
        }
    }

    @Test
    void writingOutADefaultOrRenamingTheRunKeepsTheKey() throws Exception {
        render(SmallScenes.BOUNDARY, "a");
        String same = SmallScenes.BOUNDARY.replace("epochs: 6", "epochs: 6\n    batch_size: 32   # the default, written out")
                .replace("network", "net");
        List<String> log = render(same, "b");
        assertTrue(log.stream().noneMatch(l -> l.contains("trained")), log.toString());
    }

    @Test
    void anEditOfTheRunRetrains() throws Exception {
        render(SmallScenes.BOUNDARY, "a");
        List<String> log = render(SmallScenes.BOUNDARY.replace("learning_rate: 0.01", "learning_rate: 0.02"), "b");
        assertTrue(log.stream().anyMatch(l -> l.contains("trained network")), log.toString());
    }

    @Test
    void anEditOfTheDataItTrainsOnRetrains() throws Exception {
        render(SmallScenes.BOUNDARY, "a");
        List<String> log = render(SmallScenes.BOUNDARY.replace("samples: 200", "samples: 201"), "b");
        assertTrue(log.stream().anyMatch(l -> l.contains("trained network")), log.toString());
    }

    @Test
    void aDamagedEntryIsIgnoredAndWrittenAgain() throws Exception {
        render(SmallScenes.BOUNDARY, "a");
        List<Path> entries = entries();
        assertFalse(entries.isEmpty());
        for (Path entry : entries) {
            byte[] bytes = Files.readAllBytes(entry);
            bytes[bytes.length / 2] ^= 0x40;
            Files.write(entry, bytes);
        }
        Files.write(entries.getFirst(), new byte[] {1, 2, 3});
        List<String> log = render(SmallScenes.BOUNDARY, "b");
        assertTrue(log.stream().anyMatch(l -> l.contains("ignoring the damaged cache entry")), log.toString());
        assertTrue(log.stream().anyMatch(l -> l.contains("trained network")), log.toString());
        for (String name : SmallScenes.FILES) {
            assertArrayEquals(Files.readAllBytes(work.resolve("a").resolve(name)), Files.readAllBytes(work.resolve("b").resolve(name)));
        }
        List<String> again = render(SmallScenes.BOUNDARY, "c");
        assertTrue(again.stream().noneMatch(l -> l.contains("trained") || l.contains("damaged")), "rewritten: " + again);
    }

    @Test
    void keysWriteNumbersByTheirBits() {
        var a = new figs.render.scene.Run.Data("d", new figs.render.scene.Run.Generator.Moons(10, 0.1, 0), 0.2, 0);
        var b = new figs.render.scene.Run.Data("d", new figs.render.scene.Run.Generator.Moons(10, Math.nextUp(0.1), 0), 0.2, 0);
        assertEquals(RunKey.of(a, java.util.Map.of(), "t"), RunKey.of(a, java.util.Map.of(), "t"));
        assertFalse(RunKey.of(a, java.util.Map.of(), "t").equals(RunKey.of(b, java.util.Map.of(), "t")));
        assertFalse(RunKey.of(a, java.util.Map.of(), "t").equals(RunKey.of(a, java.util.Map.of(), "another version")));
    }

    private List<String> render(String text, String out) throws IOException, figs.render.scene.SceneError {
        return render(text, out, RunCache.in(work.resolve("cache"), line -> {}));
    }

    private List<String> renderWithout(String text, String out) throws IOException, figs.render.scene.SceneError {
        return render(text, out, RunCache.NONE);
    }

    private List<String> render(String text, String out, RunCache cache) throws IOException, figs.render.scene.SceneError {
        List<String> log = new ArrayList<>();
        RunCache logged = cache.enabled() ? RunCache.in(cache.folder(), log::add) : cache;
        var scene = new SceneLoader().load(SmallScenes.write(work.resolve("scenes"), "small", text));
        try (SceneRenderer renderer = new SceneRenderer(log::add, SceneRenderer.Options.defaults().withCache(logged))) {
            renderer.render(scene, work.resolve(out));
        }
        return log;
    }

    private List<Path> entries() throws IOException {
        try (Stream<Path> files = Files.list(work.resolve("cache"))) {
            return files.filter(f -> f.toString().endsWith(".run")).sorted().toList();
        }
    }
}
