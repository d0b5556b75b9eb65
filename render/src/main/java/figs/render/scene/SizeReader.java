package figs.render.scene;

import java.util.List;
import java.util.Map;

/**
 * The figure's size: {@code size: [720, 720]} in pixels, or as matplotlib's figsize and dpi,
 * {@code size: {inches: [10, 10], dpi: 72}}. Everything else in a scene (line widths, font sizes, marker
 * sizes) is in points, which are pixels at 72 dpi; at another dpi the whole figure is drawn scaled by
 * dpi / 72, as matplotlib does, so the same scene at 144 dpi is the same picture at twice the resolution.
 */
final class SizeReader {
    /** The canvas in pixels and how many pixels a point covers. */
    record Size(int width, int height, double pixelsPerPoint) {}

    private static final String AT = "/figure/size";
    /** matplotlib's points per inch. */
    private static final double POINTS_PER_INCH = 72;
    private static final List<String> KEYS = List.of("inches", "dpi");

    private final ErrorAt errors;

    SizeReader(ErrorAt errors) {
        this.errors = errors;
    }

    Size read(Object written) throws SceneError {
        if (written == null) return new Size(Defaults.WIDTH, Defaults.HEIGHT, 1);
        if (written instanceof List<?> pixels) return pixels(pixels);
        if (written instanceof Map<?, ?> map) return inches(map);
        throw errors.at(AT, Messages.wrongType("size", "[width, height] in pixels or {inches: [width, height], dpi: 72}",
                String.valueOf(written)));
    }

    private Size pixels(List<?> pixels) throws SceneError {
        if (pixels.size() != 2 || !(pixels.get(0) instanceof Integer w) || !(pixels.get(1) instanceof Integer h)) {
            throw errors.at(AT, Messages.wrongType("size", "[width, height] in whole pixels", pixels.toString()));
        }
        return new Size(canvas(w, AT + "/0"), canvas(h, AT + "/1"), 1);
    }

    private Size inches(Map<?, ?> map) throws SceneError {
        for (Object key : map.keySet()) {
            if (!KEYS.contains(String.valueOf(key))) {
                throw errors.at(AT + "/" + key, Messages.unknownKey(String.valueOf(key), "the size", KEYS));
            }
        }
        if (!(map.get("inches") instanceof List<?> inches) || inches.size() != 2
                || !(inches.get(0) instanceof Number w) || !(inches.get(1) instanceof Number h)) {
            throw errors.at(AT + "/inches", Messages.wrongType("inches", "[width, height] in inches", String.valueOf(map.get("inches"))));
        }
        Object dpiWritten = map.containsKey("dpi") ? map.get("dpi") : (int) POINTS_PER_INCH;
        if (!(dpiWritten instanceof Number dpiNumber) || !(dpiNumber.doubleValue() > 0) || dpiNumber.doubleValue() > 2400) {
            throw errors.at(AT + "/dpi", Messages.outOfRange("dpi", dpiWritten, "a number of dots per inch above 0 and at most 2400"));
        }
        double dpi = dpiNumber.doubleValue();
        return new Size(canvas(Math.round(w.doubleValue() * dpi), AT + "/inches/0"),
                canvas(Math.round(h.doubleValue() * dpi), AT + "/inches/1"), dpi / POINTS_PER_INCH);
    }

    private int canvas(long pixels, String at) throws SceneError {
        if (pixels < 16) throw errors.at(at, Messages.outOfRange("size", pixels + " pixels", "at least 16 pixels"));
        // A frame is side x side x 4 bytes in memory, and every output holds one or more.
        if (Limits.CANVAS.exceededBy(pixels)) throw errors.at(at, Limits.CANVAS.message("the size " + pixels + " pixels", pixels));
        return (int) pixels;
    }
}
