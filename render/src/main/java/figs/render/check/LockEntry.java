package figs.render.check;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What {@code figures.lock} records of one output file.
 *
 * @param scene       the scene file it comes from, relative to the lock file's folder, with '/'
 * @param sceneSha256 SHA-256 of that scene's text and the files it includes, when the file was locked
 * @param figs        the figs version that wrote it
 * @param sha256      SHA-256 of the file's bytes
 * @param bytes       its size
 * @param frameCount  how many frames it holds (1 for PNG and SVG)
 * @param frames      one fingerprint per frame, as a viewer decodes it
 */
public record LockEntry(
        @JsonProperty(value = "scene", required = true) String scene,
        @JsonProperty(value = "scene_sha256", required = true) String sceneSha256,
        @JsonProperty(value = "figs", required = true) String figs,
        @JsonProperty(value = "sha256", required = true) String sha256,
        @JsonProperty(value = "bytes", required = true) long bytes,
        @JsonProperty(value = "frame_count", required = true) int frameCount,
        @JsonProperty(value = "frames", required = true) List<Fingerprint> frames) {
    /** The entry for {@code file} as it is now: its hash and size, and its frames decoded and fingerprinted. */
    public static LockEntry of(Path file, String scene, String sceneSha256, String figs) throws IOException {
        List<Fingerprint> frames = new ArrayList<>();
        try (FrameReader reader = FrameReader.open(file)) {
            for (BufferedImage frame; (frame = reader.next()) != null; ) frames.add(Fingerprint.of(frame));
        }
        return new LockEntry(scene, sceneSha256, figs, OutputCheck.sha256(file), Files.size(file), frames.size(), frames);
    }

    public LockEntry {
        frames = List.copyOf(frames);
        if (frameCount != frames.size()) {
            throw new IllegalArgumentException("frame_count is " + frameCount + " but " + frames.size() + " frames are listed");
        }
    }
}
