package figs.render.check;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import org.jcodec.api.FrameGrab;
import org.jcodec.api.JCodecException;
import org.jcodec.common.io.NIOUtils;
import org.jcodec.common.io.SeekableByteChannel;
import org.jcodec.common.model.ColorSpace;
import org.jcodec.common.model.Picture;
import org.jcodec.common.model.Rect;
import org.jcodec.scale.ColorUtil;
import org.jcodec.scale.Transform;

/**
 * An MP4's frames decoded by JCodec's H.264 decoder, in pure Java so a check needs no ffmpeg. The
 * decoder is deterministic, so the same file always gives the same pixels; JCodec keeps samples as
 * {@code value - 128} in signed bytes, hence the {@code + 128} below.
 */
final class Mp4Reader implements FrameReader {
    private final Path file;
    private final SeekableByteChannel channel;
    private final FrameGrab grab;
    private Transform toRgb;
    private Picture rgb;

    Mp4Reader(Path file) throws IOException {
        this.file = file;
        channel = NIOUtils.readableChannel(file.toFile());
        try {
            grab = FrameGrab.createFrameGrab(channel);
        } catch (JCodecException | RuntimeException e) {
            channel.close();
            throw new IOException(file + ": not a readable H.264 MP4 (" + e.getMessage() + ")", e);
        }
    }

    @Override
    public BufferedImage next() throws IOException {
        Picture yuv;
        try {
            yuv = grab.getNativeFrame();
        } catch (RuntimeException e) {
            throw new IOException(file + ": a frame cannot be decoded (" + e + ")", e);
        }
        if (yuv == null) return null;
        if (toRgb == null) {
            toRgb = ColorUtil.getTransform(yuv.getColor(), ColorSpace.RGB);
            rgb = Picture.create(yuv.getWidth(), yuv.getHeight(), ColorSpace.RGB);
        }
        toRgb.transform(yuv, rgb);
        Rect crop = yuv.getCrop();
        int x0 = crop == null ? 0 : crop.getX();
        int y0 = crop == null ? 0 : crop.getY();
        int width = crop == null ? yuv.getWidth() : crop.getWidth();
        int height = crop == null ? yuv.getHeight() : crop.getHeight();
        byte[] samples = rgb.getPlaneData(0);
        int stride = rgb.getWidth() * 3;
        BufferedImage frame = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        int[] pixels = ((java.awt.image.DataBufferInt) frame.getRaster().getDataBuffer()).getData();
        for (int y = 0; y < height; y++) {
            int at = (y0 + y) * stride + x0 * 3;
            for (int x = 0; x < width; x++, at += 3) {
                pixels[y * width + x] = (samples[at] + 128) << 16 | (samples[at + 1] + 128) << 8 | (samples[at + 2] + 128);
            }
        }
        return frame;
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
