package figs.output;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.awt.image.SinglePixelPackedSampleModel;

/**
 * A raster's pixels as 0xRRGGBB in the low 24 bits, row-major. {@link BufferedImage#getRGB} converts
 * every pixel through the colour model, which cost the GIF and MP4 encoders a tenth of their time on
 * frames that are already packed RGB; for such a raster (what {@link Rasterizer} draws) the ints are
 * copied as they are. The top 8 bits are then whatever the raster holds, so callers mask them.
 */
public final class RgbPixels {
    private RgbPixels() {}

    /** The pixels of {@code image} into {@code into} (width x height, or null for a new array). */
    public static int[] of(BufferedImage image, int[] into) {
        int w = image.getWidth(), h = image.getHeight();
        if (into == null) into = new int[w * h];
        if (isPackedRgb(image)) {
            int[] data = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
            System.arraycopy(data, 0, into, 0, w * h);
            return into;
        }
        return image.getRGB(0, 0, w, h, into, 0, w);
    }

    /** An RGB or ARGB (not premultiplied) raster whose buffer is exactly its rows, one int a pixel. */
    private static boolean isPackedRgb(BufferedImage image) {
        int type = image.getType();
        if (type != BufferedImage.TYPE_INT_RGB && type != BufferedImage.TYPE_INT_ARGB) return false;
        var raster = image.getRaster();
        return raster.getParent() == null
                && raster.getSampleModelTranslateX() == 0 && raster.getSampleModelTranslateY() == 0
                && raster.getSampleModel() instanceof SinglePixelPackedSampleModel sm
                && sm.getScanlineStride() == image.getWidth()
                && raster.getDataBuffer().getOffset() == 0
                && raster.getDataBuffer().getSize() == image.getWidth() * image.getHeight();
    }
}
