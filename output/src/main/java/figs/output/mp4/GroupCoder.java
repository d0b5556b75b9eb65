package figs.output.mp4;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.ByteBuffer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jcodec.common.model.Picture;

/**
 * Codes an MP4's groups of pictures side by side. A group (an IDR picture and the P pictures up to the
 * next, {@link H264Frames#KEY_INTERVAL} in all) refers to nothing before it: JCodec's encoder rebuilds
 * its parameter sets and every per-picture buffer at an IDR picture and predicts P pictures only from the
 * picture before. So each group is coded by an encoder of its own, on a thread of its own, into the same
 * bytes one encoder would give in sequence; access units come back in picture order.
 *
 * <p>This shortens the tail of a batch render, where one scene's MP4 was coded on one core while the
 * other idled. At most {@link #IN_FLIGHT} groups wait, which bounds the pictures held.
 */
final class GroupCoder {
    /** Threads coding groups: one per processor, or {@code -Dfigs.threads} (the bytes are the same for any number). */
    private static final int THREADS = Math.max(1, Integer.getInteger("figs.threads", Runtime.getRuntime().availableProcessors()));
    private static final int IN_FLIGHT = THREADS + 1;

    /** One coded picture, Annex B, and whether it is an IDR picture. */
    record Unit(ByteBuffer data, boolean key) {}

    interface Sink {
        void accept(Unit unit) throws IOException;
    }

    private final int qp;
    private final int bufferSize;
    private final ExecutorService threads = Executors.newFixedThreadPool(THREADS, GroupCoder::daemon);
    private final ArrayDeque<Future<List<Unit>>> coding = new ArrayDeque<>();
    private List<Picture> group = new ArrayList<>();

    /** {@code bufferSize} bytes hold any one coded picture (see {@link Mp4Sink}). */
    GroupCoder(int qp, int bufferSize) {
        this.qp = qp;
        this.bufferSize = bufferSize;
    }

    /** Takes the next picture; hands {@code out} the units of groups already coded, in order. */
    void add(Picture picture, Sink out) throws IOException {
        group.add(picture);
        if (group.size() == H264Frames.KEY_INTERVAL) submit();
        while (coding.size() >= IN_FLIGHT) deliver(coding.poll(), out);
    }

    /** Codes what is left and hands every remaining unit to {@code out}. */
    void finish(Sink out) throws IOException {
        if (!group.isEmpty()) submit();
        while (!coding.isEmpty()) deliver(coding.poll(), out);
    }

    void stop() {
        threads.shutdownNow();
    }

    private void submit() {
        List<Picture> pictures = group;
        group = new ArrayList<>();
        coding.add(threads.submit(() -> code(pictures)));
    }

    private List<Unit> code(List<Picture> pictures) {
        H264Frames encoder = new H264Frames(qp);
        ByteBuffer buffer = ByteBuffer.allocate(bufferSize);
        List<Unit> units = new ArrayList<>(pictures.size());
        for (Picture picture : pictures) {
            boolean key = encoder.nextIsKey();
            ByteBuffer unit = encoder.encode(picture, buffer);
            ByteBuffer copy = ByteBuffer.allocate(unit.remaining());
            copy.put(unit).flip();
            units.add(new Unit(copy, key));
        }
        return units;
    }

    private static void deliver(Future<List<Unit>> units, Sink out) throws IOException {
        try {
            for (Unit unit : units.get()) out.accept(unit);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while coding an MP4");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error error) throw error;
            throw new IOException(e.getCause());
        }
    }

    private static Thread daemon(Runnable task) {
        Thread t = new Thread(task, "figs-mp4-coder");
        t.setDaemon(true);
        return t;
    }
}
