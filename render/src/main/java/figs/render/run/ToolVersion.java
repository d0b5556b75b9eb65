package figs.render.run;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * The version of figs (the Maven project version, filled into {@code version.properties} at build time),
 * and the fingerprint run-cache keys carry. A release's fingerprint is its version; a {@code -SNAPSHOT}
 * build adds a SHA-256 of its own code (the jar, or the class folders in a build tree), because its
 * version stays the same while the trainer changes under it.
 */
public final class ToolVersion {
    private static final String VERSION = read();
    private static volatile String fingerprint;

    private ToolVersion() {}

    public static String version() {
        return VERSION;
    }

    public static String fingerprint() {
        String f = fingerprint;
        if (f == null) fingerprint = f = VERSION.endsWith("-SNAPSHOT") ? VERSION + "+" + codeHash() : VERSION;
        return f;
    }

    private static String read() {
        try (InputStream in = ToolVersion.class.getResourceAsStream("/figs/render/version.properties")) {
            Properties p = new Properties();
            if (in != null) p.load(in);
            String v = p.getProperty("version", "unknown");
            return v.startsWith("${") ? "unknown" : v;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The code that computes runs: the math module and this one, wherever they were loaded from. */
    private static String codeHash() {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (Path source : List.of(codeSource(figs.math.train.Trainer.class), codeSource(ToolVersion.class)).stream()
                    .distinct().toList()) {
                hash(sha, source);
            }
            return HexFormat.of().formatHex(sha.digest()).substring(0, 16);
        } catch (IOException | URISyntaxException | java.security.NoSuchAlgorithmException | RuntimeException e) {
            return "unhashed";
        }
    }

    private static Path codeSource(Class<?> type) throws URISyntaxException {
        return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    private static void hash(MessageDigest sha, Path source) throws IOException {
        if (Files.isRegularFile(source)) {
            sha.update(Files.readAllBytes(source));
            return;
        }
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                sha.update(source.relativize(file).toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                sha.update(Files.readAllBytes(file));
            }
        }
    }
}
