package figs.render.cli;

import figs.output.AtomicFile;
import figs.render.pipeline.FrameRange;
import figs.render.run.ToolVersion;
import figs.render.scene.Scene;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Which scenes' files are current, so a batch render redraws only what changed. After a scene is
 * rendered, its stamp (in {@value #FOLDER} inside the output folder) records a SHA-256 of what its files
 * were made from: the scene's text and the files it includes, the tool's fingerprint, and the frames
 * asked for. A scene is current when its stamp holds the same digest and every one of its files exists;
 * a scene built in code (no digest) never is.
 */
final class Stamps {
    static final String FOLDER = ".figs-stamps";

    private final Path folder;

    Stamps(Path out) {
        this.folder = out.resolve(FOLDER);
    }

    boolean current(Scene scene, FrameRange frames, Path out) throws IOException {
        if (scene.digest().isEmpty()) return false;
        Path stamp = stamp(scene);
        if (!Files.isRegularFile(stamp) || !Files.readString(stamp, StandardCharsets.US_ASCII).equals(key(scene, frames))) {
            return false;
        }
        for (var output : scene.outputs()) {
            if (!Files.isRegularFile(out.resolve(scene.name() + output.suffix()))) return false;
        }
        return true;
    }

    /** Records that the scene's files are now made from what it is now. */
    void write(Scene scene, FrameRange frames) throws IOException {
        if (scene.digest().isEmpty()) return;
        byte[] key = key(scene, frames).getBytes(StandardCharsets.US_ASCII);
        AtomicFile.write(stamp(scene), out -> out.write(key));
    }

    private Path stamp(Scene scene) {
        return folder.resolve(scene.name() + ".sha256");
    }

    private static String key(Scene scene, FrameRange frames) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            String text = scene.digest() + "\n" + ToolVersion.fingerprint() + "\nframes " + frames + "\n";
            return HexFormat.of().formatHex(sha.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
