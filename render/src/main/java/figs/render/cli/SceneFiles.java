package figs.render.cli;

import figs.render.scene.Spelling;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The scene files the command line names: files as given, folders as their *.yaml files in name order. */
final class SceneFiles {
    private SceneFiles() {}

    static List<Path> of(List<Path> paths) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.list(p)) {
                    s.filter(f -> f.getFileName().toString().matches(".*\\.ya?ml")).sorted().forEach(files::add);
                }
            } else if (Files.exists(p)) {
                files.add(p);
            } else {
                throw new IOException("no scene file or folder " + p);
            }
        }
        return files;
    }

    /** A scene's name: its file name without .yaml, as its outputs are named. */
    static String name(Path file) {
        return file.getFileName().toString().replaceFirst("\\.ya?ml$", "");
    }

    /** The files named by {@code only} (all when it is empty); an unknown name is an error with the nearest one. */
    static List<Path> only(List<Path> files, List<String> only) {
        if (only == null || only.isEmpty()) return files;
        List<String> names = files.stream().map(SceneFiles::name).toList();
        for (String wanted : only) {
            if (!names.contains(wanted)) {
                String hint = Spelling.nearest(wanted, names).map(n -> " Did you mean '" + n + "'?").orElse("");
                throw new IllegalArgumentException("--only names the scene '" + wanted + "', which is not among the "
                        + files.size() + " scenes given." + hint + " Scenes: " + String.join(", ", names) + ".");
            }
        }
        return files.stream().filter(f -> only.contains(name(f))).toList();
    }
}
