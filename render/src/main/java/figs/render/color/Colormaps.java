package figs.render.color;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The colormaps a scene can name, built from matplotlib's published control points. */
public final class Colormaps {
    /** matplotlib's {@code _Spectral_data}: ColorBrewer's 11-class Spectral, dark red to purple-blue. */
    private static final List<double[]> SPECTRAL = List.of(
            rgb255(158, 1, 66), rgb255(213, 62, 79), rgb255(244, 109, 67), rgb255(253, 174, 97),
            rgb255(254, 224, 139), rgb255(255, 255, 191), rgb255(230, 245, 152), rgb255(171, 221, 164),
            rgb255(102, 194, 165), rgb255(50, 136, 189), rgb255(94, 79, 162));

    private static final Map<String, Colormap> BY_NAME = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);

    static {
        register(new Colormap("Spectral", SPECTRAL));
    }

    private Colormaps() {}

    public static Optional<Colormap> named(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }

    public static List<String> names() {
        return List.copyOf(BY_NAME.keySet());
    }

    private static void register(Colormap map) {
        BY_NAME.put(map.name(), map);
    }

    private static double[] rgb255(int r, int g, int b) {
        return new double[] {r / 255.0, g / 255.0, b / 255.0};
    }
}
