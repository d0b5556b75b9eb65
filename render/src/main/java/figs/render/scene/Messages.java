package figs.render.scene;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Every sentence a scene error says, in one place. */
final class Messages {
    private Messages() {}

    static String unknownKey(String key, String where, Collection<?> allowed) {
        String hint = nearest(key, allowed).map(k -> "; did you mean '" + k + "'?").orElse(".");
        return "unknown key '" + key + "' in " + where + hint + " Allowed here: " + list(allowed) + ".";
    }

    static String unknownKind(String kind, String where, Collection<?> allowed) {
        String hint = nearest(kind, allowed).map(k -> "; did you mean '" + k + "'?").orElse(".");
        return "unknown kind '" + kind + "' of " + where + hint + " Allowed kinds: " + list(allowed) + ".";
    }

    static String missingKind(String where, Collection<?> allowed) {
        return where + " needs a 'kind:' key, one of: " + list(allowed) + ".";
    }

    static String wrongType(String key, String expected, String found) {
        return "'" + key + "' must be " + expected + ", not " + found + ".";
    }

    static String duplicateKey(String key) {
        return "the key '" + key + "' is written twice; YAML keeps only one, so say it once.";
    }

    static String malformed(String problem) {
        return "this is not valid YAML: " + problem;
    }

    static String tab() {
        return "this line is indented with a tab; YAML indents with spaces only, so replace the tab with spaces.";
    }

    static String notFinite(String value) {
        return "the number " + value + " is not finite; every number in a scene must be an ordinary finite number.";
    }

    static String alias(String name) {
        return "the alias *" + name + " is not allowed: scenes do not use YAML anchors and aliases (&name, *name);"
                + " share runs between scenes with 'include:' and write other values out.";
    }

    static String notAScene(String found) {
        return "a scene must be a mapping with 'runs', 'figure', 'timeline' and 'outputs', not " + found + ".";
    }

    static String empty() {
        return "the scene is empty; a scene is a mapping with 'runs', 'figure', 'timeline' and 'outputs'.";
    }

    static String tooLarge(Limits limit) {
        return "the scene file is larger than the limit of " + limit.value() + " bytes, so it was not read; scenes are"
                + " a few kilobytes, so this is most likely not a scene. If it is meant, raise the limit with -D"
                + limit.property() + "=BYTES.";
    }

    static String missing(String key, String what) {
        return "'" + key + "' is required: " + what + ".";
    }

    static String outOfRange(String key, Object value, String range) {
        return "'" + key + "' is " + value + ", but must be " + range + ".";
    }

    static String notOneOf(String key, Object value, Collection<?> allowed) {
        String hint = nearest(String.valueOf(value), allowed).map(k -> " Did you mean '" + k + "'?").orElse("");
        return "'" + key + "' is '" + value + "', but must be one of: " + list(allowed) + "." + hint;
    }

    static String unknownRun(String key, String name, String kind, Collection<String> runs) {
        return "'" + key + "' names the run '" + name + "', but the scene has no " + kind + " run of that name."
                + (runs.isEmpty() ? "" : " Runs of that kind: " + list(runs) + ".");
    }

    static String unknownField(String field, Collection<?> allowed) {
        String hint = nearest(field, allowed).map(k -> "; did you mean '{" + k + "}'?").orElse(".");
        return "the title uses the field {" + field + "}, which no frame has" + hint + " Fields: " + list(allowed) + ".";
    }

    /** {@code what} names the score as the scene does: {@code {test_acc}} in a title, {@code 'test_acc'} in a list. */
    static String testScoredAtEnd(String what, String run) {
        return "'" + run + "' scores its test split only after its last epoch (record: {test_scores: end}), so there is"
                + " no " + what + " of every epoch; leave test_scores out of its record to score every epoch.";
    }

    static String unreadable(String problem) {
        return "cannot read the scene file: " + problem;
    }

    private static String list(Collection<?> items) {
        return String.join(", ", items.stream().map(String::valueOf).sorted().toList());
    }

    /** The allowed word closest to a misspelling, if it is close enough to be what was meant. */
    static Optional<String> nearest(String word, Collection<?> allowed) {
        List<String> words = allowed.stream().map(String::valueOf).toList();
        return words.stream()
                .min(Comparator.comparingInt((String w) -> editDistance(word.toLowerCase(), w.toLowerCase()))
                        .thenComparing(Comparator.naturalOrder()))
                .filter(w -> editDistance(word.toLowerCase(), w.toLowerCase()) <= Math.max(2, w.length() / 3));
    }

    /** Damerau-Levenshtein distance (optimal string alignment), so a swap of two letters costs one. */
    static int editDistance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) d[i][0] = i;
        for (int j = 0; j <= b.length(); j++) d[0][j] = j;
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
