package figs.output.mp4;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.util.Arrays;
import org.jcodec.common.io.SeekableByteChannel;

/**
 * A growing byte array that JCodec's muxer can write and seek in (it goes back to patch box sizes).
 * The file is rewritten in memory afterwards anyway ({@link Mp4Boxes}), so muxing into memory costs
 * nothing extra and leaves no scratch file behind when anything fails.
 */
final class MemoryChannel implements SeekableByteChannel {
    private byte[] bytes = new byte[1 << 16];
    private int size;
    private int position;
    private boolean open = true;

    /** The bytes written so far. */
    byte[] contents() {
        return Arrays.copyOf(bytes, size);
    }

    @Override
    public int write(ByteBuffer source) throws IOException {
        ensureOpen();
        int n = source.remaining();
        int end = Math.addExact(position, n);
        if (end > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(end, (int) Math.min(Integer.MAX_VALUE - 8, 2L * bytes.length)));
        }
        source.get(bytes, position, n);
        position = end;
        size = Math.max(size, end);
        return n;
    }

    @Override
    public int read(ByteBuffer target) throws IOException {
        ensureOpen();
        if (position >= size) return -1;
        int n = Math.min(target.remaining(), size - position);
        target.put(bytes, position, n);
        position += n;
        return n;
    }

    @Override
    public long position() {
        return position;
    }

    @Override
    public SeekableByteChannel setPosition(long newPosition) throws IOException {
        ensureOpen();
        position = Math.toIntExact(newPosition);
        return this;
    }

    @Override
    public long size() {
        return size;
    }

    @Override
    public SeekableByteChannel truncate(long newSize) throws IOException {
        ensureOpen();
        int kept = (int) Math.min(size, newSize);
        Arrays.fill(bytes, kept, size, (byte) 0); // so a later write past the end never shows old bytes
        size = kept;
        position = Math.min(position, size);
        return this;
    }

    @Override
    public boolean isOpen() {
        return open;
    }

    @Override
    public void close() {
        open = false;
    }

    private void ensureOpen() throws IOException {
        if (!open) throw new ClosedChannelException();
    }
}
