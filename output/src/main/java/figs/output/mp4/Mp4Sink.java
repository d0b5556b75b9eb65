package figs.output.mp4;

import figs.output.AtomicFile;
import figs.output.Frame;
import figs.output.FrameSink;
import figs.output.FrameSize;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import org.jcodec.common.Codec;
import org.jcodec.common.MuxerTrack;
import org.jcodec.common.VideoCodecMeta;
import org.jcodec.common.model.ColorSpace;
import org.jcodec.common.model.Packet;
import org.jcodec.common.model.Picture;
import org.jcodec.common.model.Size;
import org.jcodec.containers.mp4.muxer.MP4Muxer;

/**
 * H.264 in MP4: our encoder ({@link figs.output.mp4.h264.H264Stream}) and JCodec's muxer. Frames are converted to BT.601
 * limited-range 4:2:0 here ({@link Bt601}; JCodec's own AWT conversion has a wrong blue weight and full
 * range), coded at a constant QP with the colour tagged ({@link H264Frames}), one sample per frame at
 * {@code fps} (timescale = fps, duration 1). The muxer writes into memory; the file is then made
 * deterministic and faststart by {@link Mp4Boxes} and moved into place by {@link AtomicFile}.
 */
public final class Mp4Sink implements FrameSink {
    /**
     * Measured on the two benchmark animations (output/BENCHMARKS.md): at QP 20 every frame's luma is 46.3 dB
     * or better (the floor asked is 40) at 1.36 and 1.43 times libx264 -crf 18's size; QP 17 gains 2.7 dB
     * for 25-28 % more bytes (1.75 and 1.78 times). The chroma tint JCodec's encoder showed at 20 came from its reference
     * pictures drifting from the decoder's, which our encoder's cannot ({@code H264StreamTest}).
     */
    public static final int DEFAULT_QP = 20;
    /**
     * The range H.264 allows. The quantiser step doubles every 6 QP: on chart-like frames, 12 QP coarser
     * than the default halved the file and cost about 10 dB of luma PSNR (Mp4SinkTest).
     */
    public static final int MIN_QP = 0;
    public static final int MAX_QP = 51;

    private final Path file;
    private final int fps;
    private final int qp;
    private final H264Frames encoder;
    private final MemoryChannel channel = new MemoryChannel();
    private MP4Muxer muxer;
    private MuxerTrack track;
    private ByteBuffer buffer;
    private FrameSize size;
    private int frames;
    /** Set while a frame is being coded: still set afterwards means that frame failed, and the file is not written. */
    private boolean broken;

    public Mp4Sink(Path file, int fps) {
        this(file, fps, DEFAULT_QP);
    }

    /**
     * @param qp H.264 quantiser, {@link #MIN_QP} (finest, largest file) to {@link #MAX_QP} (coarsest);
     *           every macroblock of every frame uses it, except a picture too detailed for the slice
     *           buffer at that QP, which is coded coarser ({@link H264Frames})
     */
    public Mp4Sink(Path file, int fps, int qp) {
        if (fps < 1) throw new IllegalArgumentException("fps must be 1 or more, not " + fps);
        if (qp < MIN_QP || qp > MAX_QP) throw new IllegalArgumentException("H.264 QP is " + MIN_QP + ".." + MAX_QP + ", not " + qp);
        this.file = file;
        this.fps = fps;
        this.qp = qp;
        this.encoder = new H264Frames(qp);
    }

    /** The quantiser every frame is coded at. */
    public int qp() {
        return qp;
    }

    @Override
    public Path target() {
        return file;
    }

    @Override
    public void accept(Frame frame) throws IOException {
        if (broken) throw new IOException("an earlier frame failed; " + file + " will not be written");
        broken = true;
        if (track == null) start(frame);
        size.check(frame, file);
        Picture picture = Bt601.toPicture(frame.raster());
        Packet.FrameType type = encoder.nextIsKey() ? Packet.FrameType.KEY : Packet.FrameType.INTER;
        ByteBuffer unit = encoder.encode(picture, buffer);
        // pts and duration in 1/fps s; the muxer copies the data out before the buffer is reused.
        track.addFrame(Packet.createPacket(unit, frames, fps, 1, frames, type, null));
        frames++;
        broken = false;
    }

    private void start(Frame first) throws IOException {
        size = FrameSize.of(first);
        Size coded = new Size(Bt601.evenUp(size.width()), Bt601.evenUp(size.height()));
        muxer = MP4Muxer.createMP4MuxerToChannel(channel);
        track = muxer.addVideoTrack(Codec.H264, VideoCodecMeta.createSimpleVideoCodecMeta(coded, ColorSpace.YUV420));
        // H264Stream's slice buffer holds 4.5 bytes a sample of 4:2:0 at most; escaping adds at most one byte in two.
        buffer = ByteBuffer.allocate(coded.getWidth() * coded.getHeight() * 7 + (1 << 17));
    }

    @Override
    public void close() throws IOException {
        if (broken) throw new IOException("not written, a frame failed: " + file);
        if (frames == 0) throw new IOException("no frames for " + file);
        muxer.finish();
        channel.close();
        byte[] mp4 = Mp4Boxes.deterministicFaststart(channel.contents());
        AtomicFile.write(file, out -> out.write(mp4));
    }
}
