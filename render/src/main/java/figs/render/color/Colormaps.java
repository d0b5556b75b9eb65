package figs.render.color;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The colormaps a scene can name, built from matplotlib's published data. */
public final class Colormaps {
    private static final Map<String, Colormap> BY_NAME = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);

    static {
        // matplotlib's _Spectral_data: ColorBrewer's 11-class Spectral, dark red to purple-blue.
        register(Colormap.segmented("Spectral", hex("9e0142", "d53e4f", "f46d43", "fdae61", "fee08b", "ffffbf",
                "e6f598", "abdda4", "66c2a5", "3288bd", "5e4fa2")));
        // ColorBrewer's 11-class RdBu and 9-class Greys, as matplotlib's _RdBu_data and _Greys_data.
        register(Colormap.segmented("RdBu", hex("67001f", "b2182b", "d6604d", "f4a582", "fddbc7", "f7f7f7",
                "d1e5f0", "92c5de", "4393c3", "2166ac", "053061")));
        register(Colormap.segmented("Greys", hex("ffffff", "f0f0f0", "d9d9d9", "bdbdbd", "969696", "737373",
                "525252", "252525", "000000")));
        // matplotlib's _rainbow_data, gnuplot's palette functions 33, 13 and 10.
        register(Colormap.functional("rainbow", x -> Math.abs(2 * x - 0.5), x -> StrictMath.sin(x * Math.PI),
                x -> StrictMath.cos(x * Math.PI / 2)));
        register(Colormap.segmented("coolwarm", CoolWarm.CONTROLS));
        register(Colormap.listed("viridis", Viridis.TABLE));
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

    private static List<double[]> hex(String... colours) {
        List<double[]> out = new ArrayList<>();
        for (String c : colours) {
            int rgb = Integer.parseInt(c, 16);
            out.add(new double[] {(rgb >> 16 & 255) / 255.0, (rgb >> 8 & 255) / 255.0, (rgb & 255) / 255.0});
        }
        return out;
    }
}
