package figs.render.scene;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 of what a scene was read from: its own text, then the digest of the files it includes. */
final class SceneDigest {
    private SceneDigest() {}

    static String of(String text, byte[] includes) {
        MessageDigest sha = sha256();
        sha.update(text.getBytes(StandardCharsets.UTF_8));
        sha.update(includes);
        return HexFormat.of().formatHex(sha.digest());
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
