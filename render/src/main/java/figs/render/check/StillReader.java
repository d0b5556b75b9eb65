package figs.render.check;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.apache.batik.transcoder.TranscoderException;
import org.apache.batik.transcoder.TranscoderInput;
import org.apache.batik.transcoder.TranscoderOutput;
import org.apache.batik.transcoder.image.ImageTranscoder;

/** A file of one picture: a PNG read by javax.imageio, or an SVG drawn by Batik at its own size. */
final class StillReader implements FrameReader {
    private BufferedImage picture;

    private StillReader(BufferedImage picture) {
        this.picture = picture;
    }

    static StillReader png(Path file) throws IOException {
        BufferedImage read = ImageIO.read(file.toFile());
        if (read == null) throw new IOException(file + ": not a readable PNG");
        return new StillReader(onWhite(read));
    }

    static StillReader svg(Path file) throws IOException {
        Drawn drawn = new Drawn();
        try (InputStream in = Files.newInputStream(file)) {
            TranscoderInput input = new TranscoderInput(in);
            input.setURI(file.toUri().toString());
            drawn.transcode(input, null);
        } catch (TranscoderException e) {
            throw new IOException(file + ": not a drawable SVG (" + e.getMessage() + ")", e);
        }
        return new StillReader(onWhite(drawn.image));
    }

    /** The picture as TYPE_INT_RGB, anything transparent shown over white as on a page. */
    private static BufferedImage onWhite(BufferedImage image) {
        BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = rgb.createGraphics();
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, rgb.getWidth(), rgb.getHeight());
        g.drawImage(image, 0, 0, null);
        g.dispose();
        return rgb;
    }

    @Override
    public BufferedImage next() {
        BufferedImage once = picture;
        picture = null;
        return once;
    }

    @Override
    public void close() {
        picture = null;
    }

    /** Batik's rasteriser, keeping the image rather than encoding it. */
    private static final class Drawn extends ImageTranscoder {
        BufferedImage image;

        @Override
        public BufferedImage createImage(int width, int height) {
            return new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        }

        @Override
        public void writeImage(BufferedImage drawn, TranscoderOutput output) {
            image = drawn;
        }
    }
}
