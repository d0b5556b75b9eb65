package figs.render.scene;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.json.JsonMapper;
import figs.render.scene.FigureSpec.ThemeSpec;
import figs.render.theme.Theme;
import figs.render.theme.Themes;
import java.awt.Color;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The figure's theme: {@code theme: dark}, or {@code theme: {base: dark, grid: true, tick_label_size: 9}}
 * where every key but {@code base} replaces one value of the base theme. Keys are checked as strictly as
 * the rest of the scene, so a misspelt override stops with the nearest valid key instead of doing nothing.
 */
final class ThemeReader {
    private static final String AT = "/figure/theme";
    private static final ObjectMapper READER = SceneLoader.strict(JsonMapper.builder().build().getFactory());
    private static final List<String> KEYS = Arrays.stream(ThemeSpec.class.getRecordComponents())
            .map(c -> new PropertyNamingStrategies.SnakeCaseStrategy().translate(c.getName())).toList();

    private final ErrorAt errors;

    ThemeReader(ErrorAt errors) {
        this.errors = errors;
    }

    Theme read(Object written) throws SceneError {
        if (written == null) return Themes.WHITEGRID;
        if (written instanceof String name) return named(name, AT);
        if (!(written instanceof Map<?, ?> map)) {
            throw errors.at(AT, Messages.wrongType("theme", "a theme's name (" + String.join(", ", Themes.names())
                    + ") or a mapping {base: name, key: value, ...}", String.valueOf(written)));
        }
        for (Object key : map.keySet()) {
            if (!KEYS.contains(String.valueOf(key))) {
                throw errors.at(AT + "/" + key, Messages.unknownKey(String.valueOf(key), "the theme", KEYS));
            }
        }
        return overridden(bind(map));
    }

    private ThemeSpec bind(Map<?, ?> map) throws SceneError {
        try {
            return READER.convertValue(map, ThemeSpec.class);
        } catch (IllegalArgumentException e) {
            String key = e.getCause() instanceof JsonMappingException m && !m.getPath().isEmpty()
                    ? m.getPath().getFirst().getFieldName() : "theme";
            Class<?> type = Arrays.stream(ThemeSpec.class.getRecordComponents())
                    .filter(c -> new PropertyNamingStrategies.SnakeCaseStrategy().translate(c.getName()).equals(key))
                    .<Class<?>>map(c -> c.getType()).findFirst().orElse(Map.class);
            throw errors.at(AT + "/" + key, Messages.wrongType(key, KindNames.expected(type), String.valueOf(map.get(key))));
        }
    }

    private Theme named(String name, String at) throws SceneError {
        return Themes.named(name).orElseThrow(() -> errors.at(at, Messages.notOneOf("theme", name, Themes.names())));
    }

    private Theme overridden(ThemeSpec s) throws SceneError {
        Theme b = s.base() == null ? Themes.WHITEGRID : named(s.base(), AT + "/base");
        return new Theme(b.name(),
                color(s.figureBackground(), b.figureBackground(), "figure_background"),
                color(s.axesFace(), b.axesFace(), "axes_face"),
                color(s.text(), b.text(), "text"),
                s.grid() != null ? s.grid() : b.grid(),
                color(s.gridColor(), b.gridColor(), "grid_color"),
                size(s.gridWidth(), b.gridWidth(), "grid_width"),
                spines(s.spines(), b.spines()),
                color(s.spineColor(), b.spineColor(), "spine_color"),
                size(s.spineWidth(), b.spineWidth(), "spine_width"),
                size(s.tickLength(), b.tickLength(), "tick_length"),
                size(s.tickWidth(), b.tickWidth(), "tick_width"),
                size(s.tickPad(), b.tickPad(), "tick_pad"),
                size(s.tickLabelSize(), b.tickLabelSize(), "tick_label_size"),
                size(s.axisLabelSize(), b.axisLabelSize(), "axis_label_size"),
                size(s.titleSize(), b.titleSize(), "title_size"),
                cycle(s.cycle(), b.cycle()),
                b.left(), b.right(), b.bottom(), b.top());
    }

    private Color color(String written, Color base, String key) throws SceneError {
        if (written == null) return base;
        return ColorNames.parse(written).orElseThrow(() -> errors.at(AT + "/" + key,
                Messages.notOneOf(key, written, ColorNames.FORMS)));
    }

    /** A length or font size in pixels: 0 turns a line off, and 500 px is beyond any sensible figure. */
    private double size(Double written, double base, String key) throws SceneError {
        if (written == null) return base;
        if (!(written >= 0 && written <= 500)) {
            throw errors.at(AT + "/" + key, Messages.outOfRange(key, written, "a number of pixels from 0 to 500"));
        }
        return written;
    }

    private Set<Theme.Side> spines(List<String> written, Set<Theme.Side> base) throws SceneError {
        if (written == null) return base;
        List<String> sides = Arrays.stream(Theme.Side.values()).map(v -> v.name().toLowerCase(Locale.ROOT)).toList();
        Set<Theme.Side> out = EnumSet.noneOf(Theme.Side.class);
        for (int i = 0; i < written.size(); i++) {
            if (!sides.contains(written.get(i))) {
                throw errors.at(AT + "/spines/" + i, Messages.notOneOf("spines", written.get(i), sides));
            }
            out.add(Theme.Side.valueOf(written.get(i).toUpperCase(Locale.ROOT)));
        }
        return out;
    }

    private List<Color> cycle(List<String> written, List<Color> base) throws SceneError {
        if (written == null) return base;
        if (written.isEmpty()) throw errors.at(AT + "/cycle", Messages.outOfRange("cycle", "empty", "at least one colour"));
        List<Color> out = new ArrayList<>();
        for (int i = 0; i < written.size(); i++) {
            String colour = written.get(i);
            out.add(ColorNames.parse(String.valueOf(colour)).orElseThrow(() -> errors.at(AT + "/cycle",
                    Messages.notOneOf("cycle", colour, ColorNames.FORMS))));
        }
        return out;
    }
}
