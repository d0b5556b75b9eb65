package figs.render.scene;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The runs a scene takes from the files it includes, each remembered with the file it came from, so
 * that an error in a shared run names that file and its line. Included files may include others; a
 * file that includes itself, directly or through others, is an error that shows the chain.
 */
final class Includes {
    /** A run read from an included file, with that file's key locations. */
    record Source(Path file, YamlLocations locations, RunSpec run) {}

    private final SceneLoader loader;
    private final Map<String, Source> runs = new LinkedHashMap<>();
    private final java.security.MessageDigest texts = SceneDigest.sha256();

    private Includes(SceneLoader loader) {
        this.loader = loader;
    }

    /** The runs of every file a scene includes (in include order, depth first), and a digest of their texts. */
    record Included(Map<String, Source> runs, byte[] digest) {}

    static Included of(SceneLoader loader, Path file, List<String> include, YamlLocations locations) throws SceneError {
        Includes all = new Includes(loader);
        all.read(file, include, locations, new ArrayList<>(List.of(file.toAbsolutePath().normalize())));
        return new Included(all.runs, all.texts.digest());
    }

    private void read(Path from, List<String> include, YamlLocations locations, List<Path> chain) throws SceneError {
        if (include == null) return;
        for (int i = 0; i < include.size(); i++) {
            Path target = from.toAbsolutePath().getParent().resolve(include.get(i)).normalize();
            String at = "/include/" + i;
            if (chain.contains(target)) {
                List<String> names = new ArrayList<>(chain.stream().map(p -> p.getFileName().toString()).toList());
                names.add(target.getFileName().toString());
                throw error(from, locations, at, "'" + include.get(i) + "' includes itself: " + String.join(" -> ", names) + ".");
            }
            if (!Files.isRegularFile(target)) {
                throw error(from, locations, at, "'" + include.get(i) + "' is not a file next to " + from.getFileName()
                        + " (an include names a file of runs, relative to the scene).");
            }
            SceneLoader.Parsed<SceneSpec.RunLibrary> library = loader.parseFile(target, SceneSpec.RunLibrary.class);
            texts.update(library.text().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            List<Path> deeper = new ArrayList<>(chain);
            deeper.add(target);
            read(target, library.spec().include(), library.locations(), deeper);
            if (library.spec().runs() == null) continue;
            for (var run : library.spec().runs().entrySet()) {
                if (runs.containsKey(run.getKey())) {
                    throw error(target, library.locations(), "/runs/" + run.getKey(), "the run '" + run.getKey()
                            + "' is also defined in " + runs.get(run.getKey()).file().getFileName() + "; give one of them another name.");
                }
                runs.put(run.getKey(), new Source(target, library.locations(), run.getValue()));
            }
        }
    }

    private static SceneError error(Path file, YamlLocations locations, String pointer, String message) {
        var location = locations.find(pointer);
        return location == null ? new SceneError(file, 0, 0, message)
                : new SceneError(file, location.getLineNr(), location.getColumnNr(), message);
    }
}
