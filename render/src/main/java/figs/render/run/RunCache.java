package figs.render.run;

import figs.output.AtomicFile;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.function.Consumer;

/**
 * Computed runs on disk, one file per {@link RunKey}: {@code <folder>/<key>.run}. A file is a header
 * ({@code figs-run}, the format number and the key), the result in {@link RunCodec}'s bytes, and a
 * SHA-256 of all that, and is written atomically (a temporary file moved into place). A file that is
 * short, damaged or of another format is reported, ignored and written again; a folder that cannot be
 * written costs only the time of computing again. Never a crash.
 */
public final class RunCache {
    /** Computes every run every time. */
    public static final RunCache NONE = new RunCache(null, line -> {});

    private static final byte[] MAGIC = "figs-run\n".getBytes(StandardCharsets.US_ASCII);
    private static final int FORMAT = 1;
    private static final int DIGEST = 32;

    private final Path folder;
    private final Consumer<String> warn;

    private RunCache(Path folder, Consumer<String> warn) {
        this.folder = folder;
        this.warn = warn;
    }

    /** A cache in {@code folder} (made when first written); {@code warn} hears about entries it had to ignore. */
    public static RunCache in(Path folder, Consumer<String> warn) {
        return new RunCache(folder, warn);
    }

    public boolean enabled() {
        return folder != null;
    }

    public Path folder() {
        return folder;
    }

    /** The stored result of {@code key}, or null when there is none or it cannot be trusted. */
    Object load(String key) {
        if (folder == null) return null;
        Path file = file(key);
        try {
            return decode(Files.readAllBytes(file), key);
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException | RuntimeException e) {
            warn.accept("ignoring the damaged cache entry " + file + " (" + e.getMessage() + "); computing it again");
            return null;
        }
    }

    void store(String key, Object result) {
        if (folder == null) return;
        try {
            AtomicFile.write(file(key), out -> encode(result, key, out));
        } catch (IOException | RuntimeException e) {
            warn.accept("cannot write the run cache in " + folder + " (" + e.getMessage() + "); continuing without it");
        }
    }

    Path file(String key) {
        return folder.resolve(key + ".run");
    }

    /**
     * Streams the entry into {@code file}, digesting as it goes: the sweep's entry is 23 MB, and building it
     * in memory first took three arrays of that size in a batch whose heap is full of frames.
     */
    private static void encode(Object result, String key, OutputStream file) throws IOException {
        MessageDigest sha = sha256();
        // Buffered before the digest, so that it and the file take 64 KB at a time, not a float at a time.
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(new DigestOutputStream(file, sha), 1 << 16));
        out.write(MAGIC);
        out.writeInt(FORMAT);
        out.write(key.getBytes(StandardCharsets.US_ASCII));
        RunCodec.write(out, result);
        out.flush();
        file.write(sha.digest());
    }

    private static Object decode(byte[] bytes, String key) throws IOException {
        int body = bytes.length - DIGEST;
        if (body < MAGIC.length + 4 + key.length()) throw new IOException("too short");
        if (!Arrays.equals(sha256(bytes, body), Arrays.copyOfRange(bytes, body, bytes.length))) {
            throw new IOException("checksum mismatch");
        }
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes, 0, body));
        if (!Arrays.equals(in.readNBytes(MAGIC.length), MAGIC) || in.readInt() != FORMAT) throw new IOException("not a figs run");
        if (!new String(in.readNBytes(key.length()), StandardCharsets.US_ASCII).equals(key)) throw new IOException("another key");
        Object result = RunCodec.read(in);
        if (in.available() != 0) throw new IOException("trailing bytes");
        return result;
    }

    private static byte[] sha256(byte[] bytes, int length) {
        MessageDigest sha = sha256();
        sha.update(bytes, 0, length);
        return sha.digest();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
