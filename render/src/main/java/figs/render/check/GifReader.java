package figs.render.check;

import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;

/**
 * A GIF's frames as a browser composes them: javax.imageio returns each stored rectangle, which goes onto
 * the logical screen at its position, transparent pixels leaving what was there; then its disposal method
 * says what the next frame starts from (the same screen, the rectangle cleared, or the screen before it).
 */
final class GifReader implements FrameReader {
    private static final String FORMAT = "javax_imageio_gif_image_1.0";

    private final ImageInputStream in;
    private final ImageReader reader;
    private final int count;
    private final int[] screen;
    private final int width;
    private final int height;
    private int next;

    GifReader(Path file) throws IOException {
        in = ImageIO.createImageInputStream(file.toFile());
        if (in == null) throw new IOException(file + ": cannot be opened");
        reader = ImageIO.getImageReadersByFormatName("gif").next();
        reader.setInput(in);
        try {
            count = reader.getNumImages(true);
            width = reader.getWidth(0);
            height = reader.getHeight(0);
        } catch (IOException | RuntimeException e) {
            close();
            throw new IOException(file + ": not a readable GIF (" + e.getMessage() + ")", e);
        }
        // Browsers start from transparent, shown as white on our pages; every figs GIF paints its first frame whole.
        screen = new int[width * height];
        java.util.Arrays.fill(screen, 0xffffff);
    }

    @Override
    public BufferedImage next() throws IOException {
        if (next >= count) return null;
        IIOMetadataNode root = (IIOMetadataNode) reader.getImageMetadata(next).getAsTree(FORMAT);
        IIOMetadataNode descriptor = child(root, "ImageDescriptor");
        IIOMetadataNode control = child(root, "GraphicControlExtension");
        int left = Integer.parseInt(descriptor.getAttribute("imageLeftPosition"));
        int top = Integer.parseInt(descriptor.getAttribute("imageTopPosition"));
        String disposal = control == null ? "none" : control.getAttribute("disposalMethod");
        int[] before = disposal.equals("restoreToPrevious") ? screen.clone() : null;
        BufferedImage rectangle = reader.read(next++);
        int w = Math.min(rectangle.getWidth(), width - left);
        int h = Math.min(rectangle.getHeight(), height - top);
        // Indices through the colour table, not getRGB per pixel: that was most of the time of reading a GIF.
        IndexColorModel table = (IndexColorModel) rectangle.getColorModel();
        int[] colors = new int[256];
        table.getRGBs(colors);
        int transparent = table.getTransparentPixel();
        int[] row = new int[Math.max(0, w)];
        for (int y = 0; y < h; y++) {
            rectangle.getRaster().getSamples(0, y, w, 1, 0, row);
            for (int x = 0; x < w; x++) {
                if (row[x] != transparent) screen[(top + y) * width + left + x] = colors[row[x]] & 0xffffff;
            }
        }
        BufferedImage frame = Pixels.image(screen, width, height);
        switch (disposal) {
            case "restoreToBackgroundColor" -> {
                for (int y = 0; y < h; y++) java.util.Arrays.fill(screen, (top + y) * width + left, (top + y) * width + left + w, 0xffffff);
            }
            case "restoreToPrevious" -> System.arraycopy(before, 0, screen, 0, screen.length);
            default -> { } // none, doNotDispose: the next frame draws over this one
        }
        return frame;
    }

    private static IIOMetadataNode child(IIOMetadataNode parent, String name) {
        var nodes = parent.getElementsByTagName(name);
        return nodes.getLength() == 0 ? null : (IIOMetadataNode) nodes.item(0);
    }

    @Override
    public void close() throws IOException {
        reader.dispose();
        in.close();
    }
}
