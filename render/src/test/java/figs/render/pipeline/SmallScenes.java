package figs.render.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A scene small enough to render in a second or two, with every kind of output; tests edit its text. */
public final class SmallScenes {
    public static final String BOUNDARY = """
            # a small copy of boundary-circles.yaml
            runs:
              circles: {kind: circles, samples: 200, factor: 0.3, noise: 0.1, seed: 0, test_fraction: 0.1}
              network:
                kind: train
                data: circles
                model:
                  inputs: 2
                  layers: [{units: 4, activation: relu}, {units: 1, activation: sigmoid}]
                optimizer: {kind: adamax, learning_rate: 0.01}
                epochs: 6
                record: {grid: {x: [-1.5, 1.5], y: [-1.5, 1.5], nodes: 24}}
            figure:
              size: [160, 120]
              panels:
                - title: "epoch {epoch:03d}"
                  x: {label: X, limits: [-1.5, 1.5]}
                  y: {label: Y, limits: [-1.5, 1.5]}
                  marks:
                    - {kind: regions, of: network, colormap: Spectral, alpha: 0.7}
                    - {kind: points, of: circles, split: train, size: 10, colormap: Spectral, edge_color: black}
            timeline: {each: epoch, of: network}
            outputs:
              gif: {frame_ms: 100}
              mp4: {fps: 10}
              svg: {frame: last}
              png: {frame: 2}
              montage: {columns: 3}
            """;
    /** The files {@link #BOUNDARY} writes when saved as {@code small.yaml}. */
    public static final java.util.List<String> FILES = java.util.List.of("small.gif", "small.mp4", "small.svg", "small.png",
            "small-frames.png");

    private SmallScenes() {}

    public static Path write(Path folder, String name, String text) throws IOException {
        Files.createDirectories(folder);
        return Files.writeString(folder.resolve(name + ".yaml"), text);
    }
}
