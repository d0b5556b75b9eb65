package figs.output.gif;

import static figs.output.Processes.run;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;

/**
 * Reads a GIF back two independent ways, as a viewer would show it: javax.imageio's reader (which
 * returns each stored rectangle, composed here by its position and transparency) and ffmpeg.
 */
public final class GifFrames {
    private static final String FORMAT = "javax_imageio_gif_image_1.0";

    private GifFrames() {}

    /** What javax.imageio reads: each image's metadata and its rectangle composed over the ones before. */
    public record Decoded(List<BufferedImage> frames, List<IIOMetadataNode> metadata) {}

    public static Decoded withImageIo(Path gif) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(gif.toFile())) {
            ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
            reader.setInput(in);
            int count = reader.getNumImages(true);
            BufferedImage screen = new BufferedImage(reader.getWidth(0), reader.getHeight(0), BufferedImage.TYPE_INT_RGB);
            List<BufferedImage> frames = new ArrayList<>();
            List<IIOMetadataNode> metadata = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                IIOMetadataNode root = (IIOMetadataNode) reader.getImageMetadata(i).getAsTree(FORMAT);
                IIOMetadataNode descriptor = child(root, "ImageDescriptor");
                Graphics2D g = screen.createGraphics();
                // Transparent pixels of the rectangle leave the screen as it was (disposal 1 throughout).
                g.drawImage(reader.read(i), Integer.parseInt(descriptor.getAttribute("imageLeftPosition")),
                        Integer.parseInt(descriptor.getAttribute("imageTopPosition")), null);
                g.dispose();
                BufferedImage copy = new BufferedImage(screen.getWidth(), screen.getHeight(), BufferedImage.TYPE_INT_RGB);
                copy.setData(screen.getData());
                frames.add(copy);
                metadata.add(root);
            }
            return new Decoded(frames, metadata);
        }
    }

    /** The frames ffmpeg composes, one per GIF image (no frame-rate conversion). */
    public static List<BufferedImage> withFfmpeg(Path gif, int width, int height) throws IOException, InterruptedException {
        byte[] rgb = run("ffmpeg", "-v", "error", "-i", gif.toString(), "-fps_mode", "passthrough", "-f", "rawvideo",
                "-pix_fmt", "rgb24", "-").toByteArray();
        int frameBytes = width * height * 3;
        List<BufferedImage> frames = new ArrayList<>();
        for (int at = 0; at + frameBytes <= rgb.length; at += frameBytes) {
            BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
            for (int p = 0; p < width * height; p++) {
                int o = at + 3 * p;
                image.setRGB(p % width, p / width, (rgb[o] & 255) << 16 | (rgb[o + 1] & 255) << 8 | (rgb[o + 2] & 255));
            }
            frames.add(image);
        }
        return frames;
    }

    /** The first child element named {@code name}, or null. */
    public static IIOMetadataNode child(IIOMetadataNode parent, String name) {
        var nodes = parent.getElementsByTagName(name);
        return nodes.getLength() == 0 ? null : (IIOMetadataNode) nodes.item(0);
    }
}
