package figs.render.scene;

/** A file to write. The file name is the scene's name plus {@link #suffix()}. */
public sealed interface Output {
    /** What follows the scene name in the file name, extension included. */
    String suffix();

    /**
     * {@code lossy}: how much farther (RGB distance, added in squares) a pixel may stray from its source than
     * its lossless palette colour, 0 is lossless; {@code colors}: the most colours the table holds (2 to 256).
     */
    record Gif(int frameMillis, boolean loop, double lossy, int colors) implements Output {
        public String suffix() {
            return ".gif";
        }
    }

    /** {@code qp} is the H.264 quantiser of every frame: lower is finer and larger. */
    record Mp4(int fps, int qp) implements Output {
        public String suffix() {
            return ".mp4";
        }
    }

    /** {@code frame} is a 0-based index, or -1 for the last frame. */
    record Svg(int frame) implements Output {
        public String suffix() {
            return ".svg";
        }
    }

    record Png(int frame) implements Output {
        public String suffix() {
            return ".png";
        }
    }

    /** A contact sheet of every frame. */
    record Montage(int columns, double scale) implements Output {
        public String suffix() {
            return "-frames.png";
        }
    }
}
