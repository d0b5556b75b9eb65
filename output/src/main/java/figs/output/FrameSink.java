package figs.output;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Receives the frames of one figure in order and writes one file. Nothing is visible at
 * {@link #target()} until {@link #close()} has moved the complete file into place.
 */
public interface FrameSink extends AutoCloseable {
    /** The file this sink writes. */
    Path target();

    void accept(Frame frame) throws IOException;

    /** Finishes the file and moves it atomically into place. */
    @Override
    void close() throws IOException;
}
