package figs.render.check;

import java.awt.image.BufferedImage;

/**
 * What can be drawn from a lock's 8 x 8 thumbnails when the expected frames themselves are not at hand:
 * the thumbnail blown up to the frame's size, and where two thumbnails differ. Cells are the ones
 * {@link Fingerprint} averaged over.
 */
final class Thumbnails {
    private Thumbnails() {}

    static BufferedImage enlarged(Fingerprint print, int width, int height) {
        byte[] thumb = print.thumbnail();
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        int[] row = new int[width];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int c = 3 * cell(x, y, width, height);
                row[x] = (thumb[c] & 255) << 16 | (thumb[c + 1] & 255) << 8 | (thumb[c + 2] & 255);
            }
            image.setRGB(0, y, width, 1, row, 0, width);
        }
        return image;
    }

    /** Per pixel, the largest sample difference of the two thumbnails' cells it lies in. */
    static int[] difference(Fingerprint expected, Fingerprint actual, int width, int height) {
        byte[] a = expected.thumbnail();
        byte[] b = actual.thumbnail();
        int[] cells = new int[Fingerprint.THUMB * Fingerprint.THUMB];
        for (int c = 0; c < cells.length; c++) {
            for (int k = 0; k < 3; k++) cells[c] = Math.max(cells[c], Math.abs((a[3 * c + k] & 255) - (b[3 * c + k] & 255)));
        }
        int[] d = new int[width * height];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) d[y * width + x] = cells[cell(x, y, width, height)];
        }
        return d;
    }

    private static int cell(int x, int y, int width, int height) {
        return y * Fingerprint.THUMB / height * Fingerprint.THUMB + x * Fingerprint.THUMB / width;
    }
}
