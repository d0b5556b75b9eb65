package figs.render.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text with fields filled in per frame, in Python's format-string syntax as the notebooks wrote
 * titles: {@code "epoch {epoch:03d}"}, {@code "acc {train_acc:.2f}"}. Supported specs: {@code d},
 * {@code 0Nd}, {@code Nd}, {@code .Nf}, {@code N.Nf} and none. {@code {{} and {@code }}} are literal braces.
 */
public final class Template {
    private static final Pattern FIELD = Pattern.compile("\\{\\{|}}|\\{([A-Za-z_][A-Za-z0-9_.]*)(?::([^{}]*))?}");
    private static final Pattern SPEC = Pattern.compile("(0?\\d*)(d|\\.\\d+f)?");

    private final List<Object> parts;

    private Template(List<Object> parts) {
        this.parts = parts;
    }

    /** A field of the template: its name and its format, as {@link String#format} wants it. */
    public record Field(String name, String javaFormat) {}

    public static Template parse(String text) {
        List<Object> parts = new ArrayList<>();
        Matcher m = FIELD.matcher(text);
        int last = 0;
        while (m.find()) {
            parts.add(text.substring(last, m.start()));
            String token = m.group();
            if (token.equals("{{") || token.equals("}}")) parts.add(token.substring(1));
            else parts.add(new Field(m.group(1), javaFormat(m.group(2), token)));
            last = m.end();
        }
        String rest = text.substring(last);
        if (rest.contains("{") || rest.contains("}")) {
            throw new IllegalArgumentException("unmatched brace in \"" + text + "\"; write {{ or }} for a literal brace");
        }
        parts.add(rest);
        return new Template(List.copyOf(parts));
    }

    public List<String> fieldNames() {
        return parts.stream().filter(Field.class::isInstance).map(p -> ((Field) p).name()).toList();
    }

    /** The text with every field replaced: numbers in their format, text as it is. */
    public String fill(Map<String, ?> values) {
        StringBuilder out = new StringBuilder();
        for (Object part : parts) {
            if (part instanceof Field f) {
                Object value = values.get(f.name());
                if (value == null) throw new IllegalArgumentException("no value for field {" + f.name() + "}");
                String format = f.javaFormat();
                if (!(value instanceof Number) && !format.equals("%s")) {
                    throw new IllegalArgumentException("field {" + f.name() + "} is text and takes no number format");
                }
                // Without a format a float reads as Python's str() writes it (1e-05, 0.001), as in the notebooks.
                Object arg = !(value instanceof Number n) ? value : format.endsWith("d") ? (Object) n.longValue()
                        : format.endsWith("f") ? (Object) n.doubleValue()
                        : n instanceof Double d ? PythonFloat.repr(d) : n;
                out.append(String.format(Locale.ROOT, format, arg));
            } else {
                out.append(part);
            }
        }
        return out.toString();
    }

    private static String javaFormat(String spec, String token) {
        if (spec == null || spec.isEmpty()) return "%s";
        Matcher m = SPEC.matcher(spec);
        if (!m.matches() || (m.group(2) == null && !m.group(1).isEmpty())) {
            throw new IllegalArgumentException("unsupported format " + token + "; use d, 03d, .2f or none");
        }
        return "%" + m.group(1) + (m.group(2) == null ? "s" : m.group(2));
    }
}
