package figs.output.svg;

import figs.output.Frame;
import figs.output.FrameSink;
import java.io.IOException;
import java.nio.file.Path;

/** STUB: to be implemented. */
public final class SvgSink implements FrameSink {
    public SvgSink(Path file, int frameIndex, String idPrefix) {
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
