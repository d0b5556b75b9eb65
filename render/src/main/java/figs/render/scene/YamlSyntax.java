package figs.render.scene;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.nio.file.Path;
import java.util.Locale;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * A YAML syntax error as one sentence at the place SnakeYAML blames. SnakeYAML's own text spans
 * several lines and quotes the reader ("in 'reader', line 3, column 3: ..."), which is noise in a
 * file:line:column message; its problem and context are the useful part.
 */
final class YamlSyntax {
    private YamlSyntax() {}

    /** The error, or null when {@code e} is not a YAML syntax error. */
    static SceneError of(Path file, JsonProcessingException e) {
        if (e.getCause() instanceof MarkedYAMLException marked && marked.getProblemMark() != null) {
            Mark at = marked.getProblemMark();
            return new SceneError(file, at.getLine() + 1, at.getColumn() + 1, sentence(marked));
        }
        String original = e.getOriginalMessage();
        if (original != null && original.startsWith("Malformed numeric value '")) {
            String value = original.replaceAll("^Malformed numeric value '(.*)'.*$", "$1");
            if (nonFinite(value)) return at(file, e, Messages.notFinite(value));
        }
        if (original != null && original.contains("exceeds the limit")) {
            return at(file, e, Messages.tooLarge(Limits.SCENE_BYTES));
        }
        return null;
    }

    private static String sentence(MarkedYAMLException marked) {
        String problem = marked.getProblem() == null ? "" : marked.getProblem();
        if (problem.contains("\\t(TAB)")) return Messages.tab();
        String context = marked.getContext() == null ? "" : " (" + marked.getContext()
                + (marked.getContextMark() == null ? "" : " that starts at line " + (marked.getContextMark().getLine() + 1)
                + ", column " + (marked.getContextMark().getColumn() + 1)) + ")";
        return Messages.malformed(problem.replace('\n', ' ').trim() + context + ".");
    }

    private static boolean nonFinite(String value) {
        String v = value.toLowerCase(Locale.ROOT).replaceFirst("^[-+]", "");
        return v.equals(".nan") || v.equals(".inf");
    }

    private static SceneError at(Path file, JsonProcessingException e, String message) {
        var location = e.getLocation();
        return new SceneError(file, location == null ? 0 : location.getLineNr(), location == null ? 0 : location.getColumnNr(), message);
    }
}
