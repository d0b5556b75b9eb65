package figs.render.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;

/**
 * Whether an output file is whole, by its format's own end marker: GIF's trailer byte, PNG's IEND
 * chunk, SVG's closing tag, and for MP4 top-level boxes that add up to the file's length with a
 * moov box among them (plus ffprobe reading it, where ffprobe is installed).
 */
final class CompleteFiles {
    private static final byte GIF_TRAILER = 0x3B;
    private static final byte[] PNG_END = {0, 0, 0, 0, 'I', 'E', 'N', 'D', (byte) 0xAE, 0x42, 0x60, (byte) 0x82};

    private CompleteFiles() {}

    static boolean complete(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        String name = file.getFileName().toString();
        if (name.endsWith(".gif")) return bytes.length > 6 && new String(bytes, 0, 6, StandardCharsets.US_ASCII).equals("GIF89a")
                && bytes[bytes.length - 1] == GIF_TRAILER;
        if (name.endsWith(".png")) return bytes.length > PNG_END.length
                && Arrays.equals(Arrays.copyOfRange(bytes, bytes.length - PNG_END.length, bytes.length), PNG_END);
        // Batik breaks its tags before the '>': the closing tag is "</svg\n>".
        if (name.endsWith(".svg")) return new String(bytes, StandardCharsets.UTF_8).matches("(?s).*</svg\\s*>\\s*");
        if (name.endsWith(".mp4")) return boxesAddUp(bytes) && ffprobeReads(file);
        throw new IllegalArgumentException("no completeness check for " + name);
    }

    private static boolean boxesAddUp(byte[] bytes) {
        long at = 0;
        boolean moov = false;
        while (at + 8 <= bytes.length) {
            long size = ((bytes[(int) at] & 0xFFL) << 24) | ((bytes[(int) at + 1] & 0xFFL) << 16) | ((bytes[(int) at + 2] & 0xFFL) << 8)
                    | (bytes[(int) at + 3] & 0xFFL);
            moov |= new String(bytes, (int) at + 4, 4, StandardCharsets.US_ASCII).equals("moov");
            if (size == 1 && at + 16 <= bytes.length) size = uint64(bytes, (int) at + 8); // a 64-bit "largesize"
            if (size == 0) size = bytes.length - at; // the box runs to the end of the file
            if (size < 8) return false;
            at += size;
        }
        return at == bytes.length && moov;
    }

    private static long uint64(byte[] b, int at) {
        long v = 0;
        for (int i = 0; i < 8; i++) v = (v << 8) | (b[at + i] & 0xFFL);
        return v;
    }

    private static boolean ffprobeReads(Path file) throws IOException {
        if (!Files.isExecutable(Path.of("/usr/bin/ffprobe"))) return true;
        Process p = new ProcessBuilder("/usr/bin/ffprobe", "-v", "error", "-show_entries", "format=duration", file.toString())
                .redirectErrorStream(true).start();
        try {
            String said = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0 && !said.contains("rror");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
