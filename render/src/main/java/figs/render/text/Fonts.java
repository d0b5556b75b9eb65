package figs.render.text;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The bundled DejaVu Sans faces. The logical {@code SansSerif} font maps to whatever a machine has,
 * so figures would differ between machines; these files are the same everywhere.
 */
public final class Fonts {
    private static final Font REGULAR = load("DejaVuSans.ttf");
    private static final Font BOLD = load("DejaVuSans-Bold.ttf");
    private static final Font OBLIQUE = load("DejaVuSans-Oblique.ttf");

    private Fonts() {}

    /** DejaVu Sans at {@code pixels} pixels per em. */
    public static Font regular(double pixels) {
        return REGULAR.deriveFont((float) pixels);
    }

    public static Font bold(double pixels) {
        return BOLD.deriveFont((float) pixels);
    }

    /** The slanted face, used for math variables such as {@code $x$}. */
    public static Font oblique(double pixels) {
        return OBLIQUE.deriveFont((float) pixels);
    }

    private static Font load(String file) {
        try (InputStream in = Fonts.class.getResourceAsStream("/figs/render/fonts/" + file)) {
            if (in == null) throw new IllegalStateException("bundled font missing: " + file);
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (FontFormatException e) {
            throw new IllegalStateException("bundled font unreadable: " + file, e);
        }
    }
}
