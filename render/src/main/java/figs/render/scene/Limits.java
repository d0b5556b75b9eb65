package figs.render.scene;

/**
 * The sizes a scene may ask for, each checked before anything is allocated, so that a typo (an extra
 * zero in {@code epochs}) stops with a message instead of asking for gigabytes or hours. Each can be
 * raised on purpose with a system property, {@code -Dfigs.limit.NAME=N} (through {@code FIGS_JAVA_OPTS}).
 */
public enum Limits {
    /** Bytes of a scene file; scenes are a few kilobytes, so this is only ever hit by a wrong file. */
    SCENE_BYTES("scene-bytes", 1L << 20, "bytes"),
    /** Pixels of one side of a frame; 8192 x 8192 at 4 bytes a pixel is 256 MiB. */
    CANVAS("canvas", 8192, "pixels a side"),
    FRAMES("frames", 10_000, "frames"),
    /** Nodes of one prediction or loss grid, kept for every recorded epoch. */
    GRID_CELLS("grid-cells", 1_000_000, "grid nodes"),
    PARAMETERS("parameters", 10_000_000, "parameters"),
    /** Sample passes of a training: its cost in time. */
    EPOCH_SAMPLES("epoch-samples", 2_000_000_000L, "sample passes (samples x epochs)");

    private final String name;
    private final long fallback;
    private final String what;

    Limits(String name, long fallback, String what) {
        this.name = name;
        this.fallback = fallback;
        this.what = what;
    }

    public String property() {
        return "figs.limit." + name;
    }

    /** The limit in force: the property when it is set to a whole number, the default otherwise. */
    public long value() {
        String set = System.getProperty(property());
        if (set == null) return fallback;
        try {
            return Long.parseLong(set.trim().replace("_", ""));
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    public boolean exceededBy(long amount) {
        return amount > value();
    }

    /** One paragraph: what is asked, the limit, and how to raise it when it is meant. */
    public String message(String asked, long amount) {
        return asked + " asks for " + amount + " " + what + ", over the limit of " + value() + " " + what
                + ". This is most likely a typo; if it is meant, raise the limit with -D" + property() + "=" + amount
                + " (for example FIGS_JAVA_OPTS=\"-D" + property() + "=" + amount + "\").";
    }
}
