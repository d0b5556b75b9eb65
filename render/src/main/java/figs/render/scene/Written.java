package figs.render.scene;

import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/**
 * What a scene wrote where a value of the wrong type stands, in the scene's own words: Jackson names
 * its token kinds ("String value", "START_OBJECT"), which mean nothing to someone writing YAML.
 */
final class Written {
    private Written() {}

    static String found(MismatchedInputException m, String text) {
        String message = String.valueOf(m.getOriginalMessage());
        if (message.contains("Object value") || message.contains("START_OBJECT")) return "a mapping";
        if (message.contains("Array value") || message.contains("START_ARRAY")) return "a list";
        var at = m.getLocation();
        String written = at == null ? "" : scalarAt(text, at.getLineNr(), at.getColumnNr());
        if (written.isEmpty() || written.equals("~") || written.equals("null")) return "an empty value";
        return written.startsWith("'") || written.startsWith("\"") ? "the text " + written : written;
    }

    /** The scalar written from 1-based {@code line}, {@code column}: up to a comma, bracket, comment or the line's end. */
    static String scalarAt(String text, int line, int column) {
        String[] lines = text.split("\n", -1);
        if (line < 1 || line > lines.length) return "";
        String rest = lines[line - 1].substring(Math.min(lines[line - 1].length(), Math.max(0, column - 1)));
        return rest.replaceFirst("\\s+#.*$", "").replaceFirst("[,}\\]].*$", "").trim();
    }
}
