package figs.render.pipeline;

import figs.output.Frame;
import figs.output.FrameSink;
import java.io.IOException;
import java.nio.file.Files;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * A file sink with a thread of its own, so that the GIF, MP4 and PNG encoders of a figure work side by
 * side. Each sink still takes its frames one at a time and in order (its thread runs one task after the
 * other), which is all a sink asks. Without a thread ({@code threaded} false) every call runs at once on
 * the caller's thread: the one-thread render the parallel one is checked against.
 */
final class EncodingSink {
    private final FrameSink sink;
    private final ExecutorService thread;
    /** Touched only by the sink's own thread; read after its last task, which {@link Future#get} orders. */
    private long nanos;

    EncodingSink(FrameSink sink, boolean threaded) {
        this.sink = sink;
        this.thread = threaded ? Executors.newSingleThreadExecutor(Threads.named("figs-encode")) : null;
    }

    Future<?> accept(Frame frame) {
        return run(() -> sink.accept(frame));
    }

    /** Finishes the file (the encoders do most of their work here) and moves it into place. */
    Future<?> finish() {
        return run(sink::close);
    }

    SceneRenderer.Written written() throws IOException {
        return new SceneRenderer.Written(sink.target(), Files.size(sink.target()), nanos / 1e9);
    }

    void stop() {
        if (thread != null) thread.shutdownNow();
    }

    private interface Work {
        void run() throws IOException;
    }

    private Future<?> run(Work work) {
        if (thread == null) {
            try {
                timed(work);
                return CompletableFuture.completedFuture(null);
            } catch (IOException | RuntimeException e) {
                return CompletableFuture.failedFuture(e);
            }
        }
        return thread.submit(() -> {
            timed(work);
            return null;
        });
    }

    private void timed(Work work) throws IOException {
        long start = System.nanoTime();
        work.run();
        nanos += System.nanoTime() - start;
    }
}
