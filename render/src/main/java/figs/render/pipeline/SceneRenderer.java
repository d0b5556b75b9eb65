package figs.render.pipeline;

import figs.output.AtomicFile;
import figs.output.Frame;
import figs.output.FrameSink;
import figs.output.Rasterizer;
import figs.render.frame.FigureDrawing;
import figs.render.frame.FrameValues;
import figs.render.run.RunCache;
import figs.render.run.RunResults;
import figs.render.run.SharedTrainings;
import figs.render.scene.Output;
import figs.render.scene.Scene;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * The pipeline of one scene, each stage reading only the one before:
 * validated {@link Scene} → {@link RunResults} (training, once) → per frame a {@link FigureDrawing}
 * and its raster → every {@link FrameSink} → files in the output folder.
 *
 * <p>Drawing is pure, so frames are drawn on {@link Options#threads()} threads at once; they reach the
 * sinks strictly in frame order, and each sink encodes on a thread of its own. The files are the same
 * bytes whatever the thread count. A renderer may serve several scenes at once; its drawing threads are
 * shared between them.
 */
public final class SceneRenderer implements AutoCloseable {
    /** A file written, with its size and the time its encoder took (accepting frames and finishing). */
    public record Written(Path file, long bytes, double encodeSeconds) {}

    /**
     * Threads drawing frames (1: everything on the caller's thread), which frames, where computed runs are
     * kept between renders, and who hears progress.
     */
    public record Options(int threads, FrameRange frames, RunCache cache, Progress progress) {
        public Options {
            if (threads < 1) throw new IllegalArgumentException("threads must be 1 or more, not " + threads);
        }

        /** Every core, every frame, no cache, no progress. */
        public static Options defaults() {
            return new Options(Runtime.getRuntime().availableProcessors(), FrameRange.ALL, RunCache.NONE, Progress.quiet());
        }

        public Options withThreads(int count) {
            return new Options(count, frames, cache, progress);
        }

        public Options withFrames(FrameRange range) {
            return new Options(threads, range, cache, progress);
        }

        public Options withCache(RunCache runs) {
            return new Options(threads, frames, runs, progress);
        }

        public Options withProgress(Progress to) {
            return new Options(threads, frames, cache, to);
        }
    }

    private final Consumer<String> log;
    private final Options options;
    /** Null when drawing runs on the caller's thread. */
    private final ExecutorService drawers;
    /** Scenes this renderer is rendering now: a training may use every core only when its scene is alone. */
    private final AtomicInteger rendering = new AtomicInteger();
    /** Trainings that more than one scene of the batch asks for, trained once ({@link #expect}). */
    private volatile SharedTrainings shared = SharedTrainings.NONE;

    public SceneRenderer(Consumer<String> log) {
        this(log, Options.defaults());
    }

    public SceneRenderer(Consumer<String> log, Options options) {
        this.log = log;
        this.options = options;
        this.drawers = options.threads() == 1 ? null
                : Executors.newFixedThreadPool(options.threads(), Threads.named("figs-draw"));
    }

    /**
     * The scenes this renderer is about to render: a training that several of them ask for (the same data,
     * network, optimizer, epochs, batch and seed) then runs once for all of them ({@link SharedTrainings}).
     */
    public void expect(List<Scene> scenes) {
        shared = SharedTrainings.of(scenes);
    }

    public List<Written> render(Scene scene, Path folder) throws IOException {
        rendering.incrementAndGet();
        try {
            return renderCounted(scene, folder);
        } finally {
            rendering.decrementAndGet();
        }
    }

    private List<Written> renderCounted(Scene scene, Path folder) throws IOException {
        // A link in the way is found before the runs are computed, not after minutes of training.
        for (Output output : scene.outputs()) AtomicFile.refuseLink(folder.resolve(scene.name() + output.suffix()));
        Progress.Bar computing = options.progress().start(scene.name() + ": runs", scene.runs().size());
        RunResults runs = RunResults.compute(scene, options.cache(), log, computing::advance, rendering.get() == 1, shared);
        computing.finish();
        int count = FrameValues.count(scene.timeline(), runs);
        FrameRange range = options.frames().within(count);
        if (range == null) {
            throw new IllegalArgumentException(scene.file() + " has " + count + (count == 1 ? " frame" : " frames")
                    + " (0 to " + (count - 1) + "), so --frames " + options.frames() + " picks none of them.");
        }
        List<EncodingSink> sinks = open(scene, folder, range);
        try {
            feed(scene, runs, range, sinks);
            return finish(scene, sinks);
        } finally {
            for (EncodingSink sink : sinks) sink.stop();
        }
    }

    private List<EncodingSink> open(Scene scene, Path folder, FrameRange range) {
        List<EncodingSink> sinks = new ArrayList<>();
        for (Output output : scene.outputs()) {
            FrameSink sink = Sinks.open(output, folder, scene.name(), options.frames().equals(FrameRange.ALL) ? FrameRange.ALL : range);
            if (sink == null) {
                log.accept(scene.name() + ": no " + scene.name() + output.suffix() + ": its frame is not among --frames " + range);
            } else {
                sinks.add(new EncodingSink(sink, drawers != null));
            }
        }
        return sinks;
    }

    /**
     * Draws the frames of {@code range}, at most a window of them ahead of the sinks (so memory stays
     * bounded), and hands each to every sink in order.
     */
    private void feed(Scene scene, RunResults runs, FrameRange range, List<EncodingSink> sinks) throws IOException {
        int window = 2 * options.threads();
        AtomicLong drawNanos = new AtomicLong();
        Deque<Future<Frame>> drawing = new ArrayDeque<>();
        Deque<List<Future<?>>> encoding = new ArrayDeque<>();
        Progress.Bar bar = options.progress().start(scene.name() + ": frames", range.size());
        for (int i = range.first(); i <= range.last(); i++) {
            drawing.add(draw(scene, runs, range, i, drawNanos));
            if (drawing.size() >= window) hand(Threads.await(drawing.poll()), sinks, encoding, window, bar);
        }
        while (!drawing.isEmpty()) hand(Threads.await(drawing.poll()), sinks, encoding, window, bar);
        while (!encoding.isEmpty()) awaitAll(encoding.poll(), bar);
        bar.finish();
        log.accept(String.format(Locale.ROOT, "%s: drew %d frames in %.2f s", scene.name(), range.size(), drawNanos.get() / 1e9));
    }

    private Future<Frame> draw(Scene scene, RunResults runs, FrameRange range, int i, AtomicLong nanos) {
        java.util.concurrent.Callable<Frame> work = () -> {
            long start = System.nanoTime();
            FrameValues values = FrameValues.of(scene.timeline(), runs, i);
            FigureDrawing drawing = new FigureDrawing(scene.figure(), runs, values);
            Frame frame = new Frame(i - range.first(), range.size(), drawing, Rasterizer.rasterize(drawing));
            nanos.addAndGet(System.nanoTime() - start);
            return frame;
        };
        if (drawers != null) return drawers.submit(work);
        try {
            return java.util.concurrent.CompletableFuture.completedFuture(work.call());
        } catch (Exception e) {
            return java.util.concurrent.CompletableFuture.failedFuture(e);
        }
    }

    private static void hand(Frame frame, List<EncodingSink> sinks, Deque<List<Future<?>>> encoding, int window,
                             Progress.Bar bar) throws IOException {
        while (encoding.size() >= window) awaitAll(encoding.poll(), bar);
        List<Future<?>> accepted = new ArrayList<>();
        for (EncodingSink sink : sinks) accepted.add(sink.accept(frame));
        encoding.add(accepted);
    }

    private static void awaitAll(List<Future<?>> futures, Progress.Bar bar) throws IOException {
        for (Future<?> f : futures) Threads.await(f);
        bar.advance();
    }

    private List<Written> finish(Scene scene, List<EncodingSink> sinks) throws IOException {
        Progress.Bar bar = options.progress().start(scene.name() + ": encoding", sinks.size());
        List<Future<?>> finishing = new ArrayList<>();
        for (EncodingSink sink : sinks) finishing.add(sink.finish());
        List<Written> written = new ArrayList<>();
        for (int s = 0; s < sinks.size(); s++) {
            Threads.await(finishing.get(s));
            bar.advance();
            written.add(sinks.get(s).written());
        }
        bar.finish();
        return written;
    }

    /** Stops the drawing threads; they are daemons, so a renderer that is never closed does not hold the JVM. */
    @Override
    public void close() {
        if (drawers != null) drawers.shutdownNow();
    }
}
