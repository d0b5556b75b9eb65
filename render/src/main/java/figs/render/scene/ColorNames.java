package figs.render.scene;

import java.awt.Color;
import java.util.List;
import java.util.Optional;

/**
 * The colours a scene can write: {@code #rrggbb}, none (fully transparent), or a name matplotlib
 * knows with the value it gives it (CSS's, for these).
 */
final class ColorNames {
    private static final java.util.Map<String, Integer> NAMED = java.util.Map.of("black", 0x000000, "white", 0xffffff,
            "red", 0xff0000, "green", 0x008000, "blue", 0x0000ff, "orange", 0xffa500, "purple", 0x800080,
            "grey", 0x808080, "gray", 0x808080);
    static final List<String> FORMS = List.of("black", "white", "red", "green", "blue", "orange", "purple", "grey",
            "none", "#rrggbb");

    private ColorNames() {}

    static Optional<Color> parse(String name) {
        if (name.matches("#[0-9a-fA-F]{6}")) return Optional.of(new Color(Integer.parseInt(name.substring(1), 16)));
        if (name.equals("none")) return Optional.of(new Color(0, 0, 0, 0));
        return Optional.ofNullable(NAMED.get(name)).map(Color::new);
    }
}
