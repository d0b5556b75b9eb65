package figs.output.png;

import figs.output.Frame;
import figs.output.FrameSink;
import java.io.IOException;
import java.nio.file.Path;

/** STUB: to be implemented. */
public final class PngSink implements FrameSink {
    public PngSink(Path file, int frameIndex) {
        throw new UnsupportedOperationException("not implemented yet");
    }

    @Override
    public Path target() {
        throw new UnsupportedOperationException();
    }

    @Override
    public void accept(Frame frame) throws IOException {
        throw new UnsupportedOperationException();
    }

    @Override
    public void close() throws IOException {
        throw new UnsupportedOperationException();
    }
}
