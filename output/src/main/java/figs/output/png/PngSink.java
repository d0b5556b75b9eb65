package figs.output.png;

import figs.output.AtomicFile;
import figs.output.Frame;
import figs.output.FrameSink;
import figs.output.Still;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/** One frame as PNG, through the JDK's writer (it adds no time stamp, so the bytes repeat). */
public final class PngSink implements FrameSink {
    private final Path file;
    private final Still still;

    public PngSink(Path file, int frameIndex) {
        this.file = file;
        this.still = new Still(frameIndex);
    }

    @Override
    public Path target() {
        return file;
    }

    @Override
    public void accept(Frame frame) {
        still.offer(frame);
    }

    @Override
    public void close() throws IOException {
        Frame frame = still.chosen(file);
        AtomicFile.write(file, out -> {
            if (!ImageIO.write(frame.raster(), "png", out)) throw new IOException("no PNG writer in this JDK");
        });
    }
}
