package figs.output;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;

/** The frames a benchmark left in a folder (frame-000.png, frame-001.png ...), in order, as RGB frames. */
public final class FrameFolder {
    private FrameFolder() {}

    public static List<Frame> read(Path folder) throws IOException {
        List<Path> pngs;
        try (Stream<Path> files = Files.list(folder)) {
            pngs = files.filter(p -> p.getFileName().toString().matches("frame-\\d+\\.png")).sorted().toList();
        }
        if (pngs.isEmpty()) throw new IOException("no frame-NNN.png in " + folder);
        List<Frame> frames = new ArrayList<>();
        for (Path png : pngs) {
            BufferedImage read = ImageIO.read(png.toFile());
            BufferedImage rgb = new BufferedImage(read.getWidth(), read.getHeight(), BufferedImage.TYPE_INT_RGB);
            rgb.getGraphics().drawImage(read, 0, 0, null);
            frames.add(new Frame(frames.size(), pngs.size(), null, rgb));
        }
        return frames;
    }
}
