package figs.render.check;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.awt.image.BufferedImage;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;

/**
 * What {@code figures.lock} keeps of one frame, small enough to commit for thousands of frames:
 * <ul>
 *   <li>{@code pixels}: the first 64 bits of a SHA-256 of its RGB samples, which says whether two frames
 *       are the very same picture;</li>
 *   <li>{@code dhash}: the 64-bit difference hash (luma of a 9 x 8 area average, one bit per horizontal
 *       neighbour pair: is the left one brighter), which survives re-encoding and small drift. Figures are
 *       mostly flat fields, where neighbours tie and an encoder's noise would flip a plain dHash's bits, so
 *       a bit is set only when the left cell is brighter by more than {@link #TIE} of a level;</li>
 *   <li>{@code thumb}: an 8 x 8 area-averaged RGB thumbnail (192 bytes, base64), from which the RMS
 *       difference of two frames is estimated when the expected frames themselves are not at hand.</li>
 * </ul>
 */
public record Fingerprint(@JsonProperty(value = "pixels", required = true) String pixels,
                          @JsonProperty(value = "dhash", required = true) String dhash,
                          @JsonProperty(value = "thumb", required = true) String thumb) {
    static final int THUMB = 8;
    /** Mean luma differences up to this count as equal (see dhash above). */
    static final double TIE = 0.5;

    public static Fingerprint of(BufferedImage frame) {
        int width = frame.getWidth();
        int height = frame.getHeight();
        int[] pixels = Pixels.of(frame);
        MessageDigest sha = sha256();
        byte[] rgb = new byte[width * 3];
        // Sums per cell of an 8 x 8 and a 9 x 8 grid, in one pass over the rows.
        long[] thumbSums = new long[THUMB * THUMB * 3];
        long[] thumbCounts = new long[THUMB * THUMB];
        double[] lumaSums = new double[(THUMB + 1) * THUMB];
        long[] lumaCounts = new long[(THUMB + 1) * THUMB];
        for (int y = 0; y < height; y++) {
            int ty = y * THUMB / height;
            for (int x = 0; x < width; x++) {
                int p = pixels[y * width + x];
                int r = p >> 16 & 255, g = p >> 8 & 255, b = p & 255;
                rgb[3 * x] = (byte) r;
                rgb[3 * x + 1] = (byte) g;
                rgb[3 * x + 2] = (byte) b;
                int cell = ty * THUMB + x * THUMB / width;
                thumbSums[3 * cell] += r;
                thumbSums[3 * cell + 1] += g;
                thumbSums[3 * cell + 2] += b;
                thumbCounts[cell]++;
                int lumaCell = ty * (THUMB + 1) + x * (THUMB + 1) / width;
                lumaSums[lumaCell] += 0.299 * r + 0.587 * g + 0.114 * b;
                lumaCounts[lumaCell]++;
            }
            sha.update(rgb);
        }
        byte[] thumb = new byte[THUMB * THUMB * 3];
        for (int i = 0; i < thumb.length; i++) {
            long count = thumbCounts[i / 3];
            thumb[i] = (byte) (count == 0 ? 0 : (thumbSums[i] + count / 2) / count);
        }
        long hash = 0;
        for (int y = 0; y < THUMB; y++) {
            for (int x = 0; x < THUMB; x++) {
                int left = y * (THUMB + 1) + x;
                boolean brighter = mean(lumaSums, lumaCounts, left) - mean(lumaSums, lumaCounts, left + 1) > TIE;
                hash = hash << 1 | (brighter ? 1 : 0);
            }
        }
        return new Fingerprint(HexFormat.of().formatHex(sha.digest(), 0, 8), HexFormat.of().toHexDigits(hash),
                Base64.getEncoder().encodeToString(thumb));
    }

    private static double mean(double[] sums, long[] counts, int cell) {
        return counts[cell] == 0 ? 0 : sums[cell] / counts[cell];
    }

    /** Bits in which the two difference hashes differ: 0 for the same picture, a few for a re-encoded one. */
    public int hashDistance(Fingerprint other) {
        return Long.bitCount(HexFormat.fromHexDigitsToLong(dhash) ^ HexFormat.fromHexDigitsToLong(other.dhash));
    }

    /**
     * RMS difference of the two thumbnails on 0-255. Averaging over a cell can only shrink a difference
     * (the mean's square is at most the mean square), so up to rounding this is a lower bound of the
     * frames' own RMS difference: an estimate for when the expected frames are not at hand.
     */
    public double thumbnailRms(Fingerprint other) {
        byte[] a = thumbnail();
        byte[] b = other.thumbnail();
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            double d = (a[i] & 255) - (b[i] & 255);
            sum += d * d;
        }
        return Math.sqrt(sum / a.length);
    }

    /** The thumbnail's RGB samples, row by row. */
    public byte[] thumbnail() {
        byte[] samples = Base64.getDecoder().decode(thumb);
        if (samples.length != THUMB * THUMB * 3) {
            throw new IllegalArgumentException("a thumbnail holds " + THUMB * THUMB * 3 + " bytes, not " + samples.length);
        }
        return samples;
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
