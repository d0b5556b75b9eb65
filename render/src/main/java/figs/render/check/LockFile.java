package figs.render.check;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import figs.output.AtomicFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * {@code figures.lock}: one {@link LockEntry} per output file, keyed by the file's name. Written with every
 * key in sorted order and one frame per line, so the same figures give the same bytes and a change shows
 * in a diff as the lines of the frames it touched.
 */
public final class LockFile {
    /** Raised when the layout changes, so an older figs refuses a newer lock instead of misreading it. */
    static final int FORMAT = 1;

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_CREATOR_PROPERTIES)
            .build();

    private LockFile() {}

    private record Layout(@JsonProperty(value = "format", required = true) int format,
                          @JsonProperty(value = "outputs", required = true) Map<String, LockEntry> outputs) {}

    /** The entries of {@code file}; a damaged or foreign file is an IOException naming its line and column. */
    public static SortedMap<String, LockEntry> read(Path file) throws IOException {
        Layout layout;
        try {
            layout = JSON.readValue(Files.readAllBytes(file), Layout.class);
        } catch (JacksonException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? file.toString() : file + ":" + at.getLineNr() + ":" + at.getColumnNr();
            throw new IOException(where + ": not a figures.lock as figs writes it: " + e.getOriginalMessage()
                    + ". Write it again with 'figs lock'.", e);
        }
        if (layout.format() != FORMAT) {
            throw new IOException(file + ": format " + layout.format() + ", and this figs reads format " + FORMAT
                    + ". Write it again with 'figs lock'.");
        }
        return new TreeMap<>(layout.outputs());
    }

    /** Writes {@code entries} to {@code file} whole or not at all. */
    public static void write(Path file, Map<String, LockEntry> entries) throws IOException {
        byte[] text = text(entries).getBytes(StandardCharsets.UTF_8);
        AtomicFile.write(file, out -> out.write(text));
    }

    /** The lock's text: sorted keys, two-space indents, one line per frame, a newline at the end. */
    static String text(Map<String, LockEntry> entries) throws IOException {
        StringBuilder s = new StringBuilder();
        s.append("{\n  \"format\": ").append(FORMAT).append(",\n  \"outputs\": {");
        String separator = "\n";
        for (var e : new TreeMap<>(entries).entrySet()) {
            LockEntry entry = e.getValue();
            s.append(separator).append("    ").append(quote(e.getKey())).append(": {\n");
            s.append("      \"bytes\": ").append(entry.bytes()).append(",\n");
            s.append("      \"figs\": ").append(quote(entry.figs())).append(",\n");
            s.append("      \"frame_count\": ").append(entry.frameCount()).append(",\n");
            s.append("      \"frames\": [");
            String frameSeparator = "\n";
            for (Fingerprint f : entry.frames()) {
                s.append(frameSeparator).append("        {\"dhash\": ").append(quote(f.dhash()))
                        .append(", \"pixels\": ").append(quote(f.pixels()))
                        .append(", \"thumb\": ").append(quote(f.thumb())).append('}');
                frameSeparator = ",\n";
            }
            s.append("\n      ],\n");
            s.append("      \"scene\": ").append(quote(entry.scene())).append(",\n");
            s.append("      \"scene_sha256\": ").append(quote(entry.sceneSha256())).append(",\n");
            s.append("      \"sha256\": ").append(quote(entry.sha256())).append("\n    }");
            separator = ",\n";
        }
        s.append(entries.isEmpty() ? "}\n}\n" : "\n  }\n}\n");
        return s.toString();
    }

    private static String quote(String value) throws IOException {
        return JSON.writeValueAsString(value);
    }
}
