package figs.output;

import java.io.IOException;
import java.nio.file.Path;

/** The raster size of a sequence's first frame, which every later frame of one file must share. */
public record FrameSize(int width, int height) {
    public static FrameSize of(Frame frame) {
        return new FrameSize(frame.raster().getWidth(), frame.raster().getHeight());
    }

    /** Refuses a frame of another size: an animation or contact sheet has one size throughout. */
    public void check(Frame frame, Path file) throws IOException {
        int w = frame.raster().getWidth(), h = frame.raster().getHeight();
        if (w != width || h != height) {
            throw new IOException("frame " + frame.index() + " of " + file + " is " + w + "x" + h
                    + ", the first was " + width + "x" + height);
        }
    }
}
