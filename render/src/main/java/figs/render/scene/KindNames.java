package figs.render.scene;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** Words for the shapes a scene value can take, read from the spec records themselves. */
final class KindNames {
    private KindNames() {}

    /** The {@code kind:} values a sealed spec interface accepts. */
    static List<String> of(Class<?> base) {
        JsonSubTypes types = base.getAnnotation(JsonSubTypes.class);
        return types == null ? List.of() : Arrays.stream(types.value()).map(JsonSubTypes.Type::name).sorted().toList();
    }

    static String expected(Class<?> raw) {
        if (raw == Integer.class || raw == int.class || raw == Long.class || raw == long.class) return "a whole number";
        if (raw == Double.class || raw == double.class) return "a number";
        if (raw == Boolean.class || raw == boolean.class) return "true or false";
        if (raw == String.class) return "text";
        if (Collection.class.isAssignableFrom(raw)) return "a list";
        if (Map.class.isAssignableFrom(raw) || raw.isRecord() || raw.isInterface()) return "a mapping of keys to values";
        return raw.getSimpleName();
    }
}
