package figs.render.scene;

import java.awt.Color;
import java.util.List;
import java.util.Optional;

/** The colours a scene can write: {@code #rrggbb}, or black, white and none (fully transparent). */
final class ColorNames {
    static final List<String> FORMS = List.of("black", "white", "none", "#rrggbb");

    private ColorNames() {}

    static Optional<Color> parse(String name) {
        if (name.matches("#[0-9a-fA-F]{6}")) return Optional.of(new Color(Integer.parseInt(name.substring(1), 16)));
        return switch (name) {
            case "black" -> Optional.of(Color.BLACK);
            case "white" -> Optional.of(Color.WHITE);
            case "none" -> Optional.of(new Color(0, 0, 0, 0));
            default -> Optional.empty();
        };
    }
}
