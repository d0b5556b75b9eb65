package figs.output.mp4;

import static org.junit.jupiter.api.Assertions.assertEquals;

import figs.output.Frame;
import figs.output.TestFrames;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two encodes in one second would match even with time stamps, so the stamps are read out directly. */
class Mp4BoxesTest {
    private static final Set<String> CONTAINERS = Set.of("moov", "trak", "mdia");
    private static final Set<String> STAMPED = Set.of("mvhd", "tkhd", "mdhd");

    @TempDir
    Path folder;

    @Test
    void creationAndModificationTimesAreZero() throws IOException {
        Path file = folder.resolve("times.mp4");
        try (Mp4Sink sink = new Mp4Sink(file, 5)) {
            for (Frame f : TestFrames.sequence(2, 32, 32, false)) sink.accept(f);
        }
        List<String> seen = new ArrayList<>();
        walk(ByteBuffer.wrap(Files.readAllBytes(file)), 0, (int) Files.size(file), seen);
        assertEquals(List.of("mvhd", "tkhd", "mdhd"), seen);
    }

    private static void walk(ByteBuffer mp4, int from, int to, List<String> seen) {
        for (int at = from; at + 8 <= to; ) {
            long size = Integer.toUnsignedLong(mp4.getInt(at));
            if (size == 1) size = mp4.getLong(at + 8);
            String type = new String(mp4.array(), at + 4, 4, StandardCharsets.ISO_8859_1);
            if (CONTAINERS.contains(type)) walk(mp4, at + 8, at + (int) size, seen);
            if (STAMPED.contains(type)) {
                seen.add(type);
                boolean wide = mp4.get(at + 8) == 1; // version 1: 64-bit times
                long created = wide ? mp4.getLong(at + 12) : mp4.getInt(at + 12);
                long modified = wide ? mp4.getLong(at + 20) : mp4.getInt(at + 16);
                assertEquals(0, created, type + " creation time");
                assertEquals(0, modified, type + " modification time");
            }
            at += (int) size;
        }
    }
}
