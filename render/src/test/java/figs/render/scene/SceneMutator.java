package figs.render.scene;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Breaks a scene document the ways hands and tools do: characters deleted, inserted or replaced
 * (YAML's punctuation, tabs, newlines), lines duplicated, swapped or dropped, numbers replaced by
 * extremes, the text cut short. Seeded, so a failing document can be made again from its seed.
 */
final class SceneMutator {
    private static final String PUNCTUATION = ":{}[]-,#&*!|>'\"\t\n .%@`?~";
    private static final String[] NUMBERS = {"0", "-1", "-0.0", ".nan", ".inf", "-.inf", "1e309", "99999999999", "2147483648",
            "0x1F", "1_000", "3.", "''", "~", "null"};
    private static final int MAX_MUTATIONS = 4;

    private SceneMutator() {}

    static String mutate(String text, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        String out = text;
        for (int i = 1 + random.nextInt(MAX_MUTATIONS); i > 0 && !out.isEmpty(); i--) out = once(out, random);
        return out;
    }

    private static String once(String text, SplittableRandom r) {
        int at = r.nextInt(text.length());
        return switch (r.nextInt(8)) {
            case 0 -> text.substring(0, at) + text.substring(Math.min(text.length(), at + 1 + r.nextInt(8)));
            case 1 -> text.substring(0, at) + PUNCTUATION.charAt(r.nextInt(PUNCTUATION.length())) + text.substring(at);
            case 2 -> text.substring(0, at) + PUNCTUATION.charAt(r.nextInt(PUNCTUATION.length())) + text.substring(at + 1);
            case 3 -> text.substring(0, at);
            case 4 -> number(text, r);
            default -> lines(text, r);
        };
    }

    /** The first number at or after a random place, replaced by an extreme or a non-number. */
    private static String number(String text, SplittableRandom r) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("-?\\d+(\\.\\d+)?").matcher(text);
        if (!m.find(r.nextInt(text.length())) && !m.find(0)) return text;
        return text.substring(0, m.start()) + NUMBERS[r.nextInt(NUMBERS.length)] + text.substring(m.end());
    }

    private static String lines(String text, SplittableRandom r) {
        List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
        int a = r.nextInt(lines.size()), b = r.nextInt(lines.size());
        switch (r.nextInt(3)) {
            case 0 -> lines.add(b, lines.get(a));
            case 1 -> lines.set(a, lines.set(b, lines.get(a)));
            default -> lines.remove(a);
        }
        return String.join("\n", lines);
    }
}
