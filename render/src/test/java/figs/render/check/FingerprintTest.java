package figs.render.check;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import org.junit.jupiter.api.Test;

/** Fingerprints of pictures whose hashes and thumbnails can be worked out by hand. */
class FingerprintTest {
    @Test
    void pixelHashIsTheFirst64BitsOfTheSha256OfTheRgbSamples() throws Exception {
        BufferedImage image = image(3, 2, (x, y) -> x * 40 << 16 | y * 100 << 8 | 7);
        byte[] rgb = new byte[3 * 2 * 3];
        int at = 0;
        for (int y = 0; y < 2; y++) {
            for (int x = 0; x < 3; x++) {
                rgb[at++] = (byte) (x * 40);
                rgb[at++] = (byte) (y * 100);
                rgb[at++] = 7;
            }
        }
        String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(rgb)).substring(0, 16);
        assertEquals(expected, Fingerprint.of(image).pixels());
    }

    @Test
    void differenceHashOfAGradientIsAllOnesOneWayAndAllZerosTheOther() {
        // 72 columns: each of the 9 hash columns averages 8 of them, so neighbours always differ.
        BufferedImage darkening = image(72, 16, (x, y) -> grey(255 - 3 * x));
        BufferedImage brightening = image(72, 16, (x, y) -> grey(3 * x));
        assertEquals("ffffffffffffffff", Fingerprint.of(darkening).dhash());
        assertEquals("0000000000000000", Fingerprint.of(brightening).dhash());
        assertEquals(64, Fingerprint.of(darkening).hashDistance(Fingerprint.of(brightening)));
    }

    @Test
    void thumbnailAveragesEachEighthOfTheFrame() {
        // 16 x 16: white left half, black right half, one red pixel in the top-left 2 x 2 cell.
        BufferedImage image = image(16, 16, (x, y) -> x < 8 ? 0xffffff : 0);
        image.setRGB(0, 0, 0xff0000);
        byte[] thumb = Fingerprint.of(image).thumbnail();
        // Cell (0, 0): three white pixels and one red: R 255, G and B (3 * 255 + 0) / 4 = 191.25 -> 191.
        assertArrayEquals(new byte[] {(byte) 255, (byte) 191, (byte) 191}, java.util.Arrays.copyOf(thumb, 3));
        for (int cell = 1; cell < 64; cell++) {
            int expected = cell % 8 < 4 ? 255 : 0;
            for (int k = 0; k < 3; k++) assertEquals(expected, thumb[3 * cell + k] & 255, "cell " + cell);
        }
    }

    @Test
    void thumbnailRmsOfAUniformShiftIsTheShift() {
        Fingerprint a = Fingerprint.of(image(40, 40, (x, y) -> grey(100)));
        Fingerprint b = Fingerprint.of(image(40, 40, (x, y) -> grey(110)));
        assertEquals(10.0, a.thumbnailRms(b), 1e-12);
        assertEquals(0.0, a.thumbnailRms(a));
    }

    @Test
    void thumbnailRmsOfALocalChangeIsBelowTheFramesOwnRms() {
        BufferedImage before = image(100, 100, (x, y) -> grey(200));
        BufferedImage after = image(100, 100, (x, y) -> x < 10 && y < 10 ? grey(110) : grey(200));
        double full = FrameDifference.rms(before, after);
        assertEquals(9.0, full, 1e-12); // 100 of 10 000 pixels off by 90: sqrt(100 * 90^2 / 10 000)
        double estimate = Fingerprint.of(before).thumbnailRms(Fingerprint.of(after));
        assertTrue(estimate > 0 && estimate < full, "estimate " + estimate);
    }

    @Test
    void survivesJpegReEncodingAndTellsAnotherPictureApart() throws IOException {
        BufferedImage chart = chart(0);
        BufferedImage reEncoded = ImageIO.read(new ByteArrayInputStream(jpeg(chart, 0.85f)));
        Fingerprint original = Fingerprint.of(chart);
        Fingerprint lossy = Fingerprint.of(reEncoded);
        assertNotEquals(original.pixels(), lossy.pixels());
        assertTrue(original.hashDistance(lossy) <= 2, "dhash bits off: " + original.hashDistance(lossy));
        assertTrue(original.thumbnailRms(lossy) < 1.5, "thumbnail RMS " + original.thumbnailRms(lossy));
        Fingerprint moved = Fingerprint.of(chart(60));
        assertTrue(original.hashDistance(moved) >= 8, "another picture: " + original.hashDistance(moved) + " bits");
        assertTrue(original.thumbnailRms(moved) > 10, "another picture: " + original.thumbnailRms(moved));
    }

    /** Bands of flat colour with a diagonal edge, as a figure has, with the edge moved by {@code shift}. */
    private static BufferedImage chart(int shift) {
        return image(240, 180, (x, y) -> x + y < 200 + shift ? 0x3288bd : y < 90 ? 0xfee08b : 0xd53e4f);
    }

    private static byte[] jpeg(BufferedImage image, float quality) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ImageWriteParam param = writer.getDefaultWriteParam();
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionQuality(quality);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (var stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            writer.write(null, new IIOImage(image, null, null), param);
        }
        writer.dispose();
        return out.toByteArray();
    }

    interface Paint {
        int rgb(int x, int y);
    }

    static BufferedImage image(int width, int height, Paint paint) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < height; y++) for (int x = 0; x < width; x++) image.setRGB(x, y, paint.rgb(x, y));
        return image;
    }

    static int grey(int v) {
        return v << 16 | v << 8 | v;
    }
}
