package figs.render.check;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The frames of a written figure, decoded one at a time as a viewer shows them (TYPE_INT_RGB), so a
 * 180-frame animation is never held in memory whole. GIF and MP4 give one frame per image; PNG and SVG
 * give their one picture.
 */
public interface FrameReader extends AutoCloseable {
    /** The next frame, or null after the last. */
    BufferedImage next() throws IOException;

    @Override
    void close() throws IOException;

    /** A reader for {@code file}, chosen by its extension. */
    static FrameReader open(Path file) throws IOException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".gif")) return new GifReader(file);
        if (name.endsWith(".mp4")) return new Mp4Reader(file);
        if (name.endsWith(".png")) return StillReader.png(file);
        if (name.endsWith(".svg")) return StillReader.svg(file);
        throw new IOException(file + ": figs reads back .gif, .mp4, .png and .svg files, not this one");
    }
}
