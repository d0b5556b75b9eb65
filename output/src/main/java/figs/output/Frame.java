package figs.output;

import java.awt.image.BufferedImage;

/**
 * One frame of a figure, as vectors and as the raster drawn once from them.
 *
 * @param index  0-based position in the timeline
 * @param count  number of frames in the timeline
 * @param drawing the vector picture (for SVG)
 * @param raster  {@code drawing} rasterised by {@link Rasterizer}, TYPE_INT_RGB (for PNG, GIF, MP4)
 */
public record Frame(int index, int count, Drawing drawing, BufferedImage raster) {
    public boolean isLast() {
        return index == count - 1;
    }
}
