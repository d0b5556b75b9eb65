package figs.render.run;

import figs.math.expr.Formula;
import figs.render.scene.Run;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The cache key of a run: SHA-256 of the tool's fingerprint, the run's validated record in a canonical
 * text, and the keys of the runs it reads. The record has every default filled in, so writing a default
 * out or leaving it, comments, key order and the figure and outputs sections do not change the key;
 * the run's own name does not either. Numbers are written by their bits, never rounded.
 */
public final class RunKey {
    private RunKey() {}

    /** The key of {@code run} in {@code runs} (where its data runs are looked up), as 64 hex digits. */
    public static String of(Run run, Map<String, Run> runs) {
        return of(run, runs, ToolVersion.fingerprint());
    }

    static String of(Run run, Map<String, Run> runs, String tool) {
        StringBuilder text = new StringBuilder("figs run\n").append(tool).append('\n').append(canonical(run)).append('\n');
        for (String dependency : dependencies(run)) {
            text.append("reads ").append(of(runs.get(dependency), runs, tool)).append('\n');
        }
        return sha256(text.toString());
    }

    /** The runs whose results {@code run} is computed from. */
    static List<String> dependencies(Run run) {
        List<String> names = switch (run) {
            case Run.Train t -> around(List.of(t.data()), t.around());
            case Run.Descent d -> d.data() == null ? List.of() : List.of(d.data());
            case Run.Data d -> List.of();
            case Run.Curve c -> List.of();
            case Run.Logistic l -> around(List.of(l.data()), l.around());
            case Run.Sweep s -> around(List.of(s.base().data()), s.base().around());
        };
        return names.stream().distinct().toList();
    }

    /** A grid laid over a data set reads that data set too. */
    private static List<String> around(List<String> data, Run.GridAround grid) {
        if (grid == null) return data;
        List<String> all = new ArrayList<>(data);
        all.add(grid.data());
        return all;
    }

    /** The record without its name: the names it reads are replaced by their keys in {@link #of}. */
    static String canonical(Run run) {
        StringBuilder out = new StringBuilder(run.getClass().getSimpleName()).append('{');
        for (RecordComponent c : run.getClass().getRecordComponents()) {
            if (c.getName().equals("name")) continue;
            out.append(c.getName()).append('=');
            write(out, value(c, run));
            out.append(';');
        }
        return out.append('}').toString();
    }

    private static void write(StringBuilder out, Object v) {
        switch (v) {
            case null -> out.append("null");
            case Double d -> out.append("d:").append(Long.toHexString(Double.doubleToRawLongBits(d)));
            case Float f -> out.append("f:").append(Integer.toHexString(Float.floatToRawIntBits(f)));
            case Integer i -> out.append("i:").append(i);
            case Long l -> out.append("l:").append(l);
            case Boolean b -> out.append(b);
            case String s -> quote(out, s);
            case Enum<?> e -> out.append(e.getDeclaringClass().getSimpleName()).append('.').append(e.name());
            case Formula f -> {
                out.append("Formula(");
                quote(out, f.toString());
                write(out, f.parameters());
                out.append(')');
            }
            case double[] a -> {
                List<Object> boxed = new ArrayList<>();
                for (double x : a) boxed.add(x);
                write(out, boxed);
            }
            case List<?> list -> {
                out.append('[');
                for (Object item : list) {
                    write(out, item);
                    out.append(',');
                }
                out.append(']');
            }
            case Map<?, ?> map -> {
                out.append('{');
                for (var e : new TreeMap<>(stringKeys(map)).entrySet()) {
                    quote(out, e.getKey());
                    out.append(':');
                    write(out, e.getValue());
                    out.append(',');
                }
                out.append('}');
            }
            case Record r -> {
                out.append(r.getClass().getSimpleName()).append('{');
                for (RecordComponent c : r.getClass().getRecordComponents()) {
                    out.append(c.getName()).append('=');
                    write(out, value(c, r));
                    out.append(';');
                }
                out.append('}');
            }
            default -> throw new IllegalArgumentException("a run holds a " + v.getClass().getName()
                    + ", which RunKey cannot write canonically; teach it how");
        }
    }

    private static Map<String, Object> stringKeys(Map<?, ?> map) {
        Map<String, Object> out = new TreeMap<>();
        map.forEach((k, v) -> out.put(String.valueOf(k), v));
        return out;
    }

    private static void quote(StringBuilder out, String s) {
        out.append('"').append(s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n")).append('"');
    }

    private static Object value(RecordComponent c, Object record) {
        try {
            return c.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + c, e);
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
