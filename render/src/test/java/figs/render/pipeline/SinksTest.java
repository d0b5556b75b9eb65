package figs.render.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import figs.output.mp4.Mp4Sink;
import figs.render.scene.Output;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class SinksTest {
    @Test
    void mp4SinkCodesAtTheScenesQp() {
        Path folder = Path.of("unused");
        // Never given a frame nor closed, the sink holds nothing open and writes nothing.
        Mp4Sink mp4 = assertInstanceOf(Mp4Sink.class, Sinks.open(new Output.Mp4(10, 29), folder, "scene"));
        assertEquals(29, mp4.qp());
        assertEquals(folder.resolve("scene.mp4"), mp4.target());
    }
}
