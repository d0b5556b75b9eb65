package figs.render.check;

import figs.render.text.Fonts;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Locale;

/**
 * The pictures of a check report: for one frame, expected | actual | amplified difference side by side;
 * and, for a contact sheet, the actual frame small with its changed pixels in magenta.
 */
final class DiffPictures {
    /** Widest a panel of the side-by-side picture gets; larger frames are scaled down to it. */
    static final int PANEL = 480;
    /** Width of a frame on the contact sheet. */
    static final int CELL = 192;
    private static final int LABEL = 22;
    private static final int GAP = 8;
    private static final Color INK = new Color(0x22, 0x22, 0x22);
    private static final Color CHANGED = new Color(0xd6, 0x00, 0x8f);
    /** Changes smaller than this (a palette's or an encoder's rounding) are marked faintly. */
    static final int VISIBLE = 16;
    private static final Color FAINT = new Color(0xf4, 0xa6, 0xd7);

    private DiffPictures() {}

    /** Expected, actual and the difference (each pixel's largest sample difference, scaled so the largest is red). */
    static BufferedImage sideBySide(BufferedImage expected, BufferedImage actual, int[] difference, String expectedLabel,
                                    String title) {
        double scale = Math.min(1, (double) PANEL / actual.getWidth());
        int w = (int) Math.round(actual.getWidth() * scale);
        int h = (int) Math.round(actual.getHeight() * scale);
        int largest = 1;
        for (int d : difference) largest = Math.max(largest, d);
        int gain = Math.max(1, 255 / largest);
        BufferedImage amplified = new BufferedImage(actual.getWidth(), actual.getHeight(), BufferedImage.TYPE_INT_RGB);
        int[] pixels = new int[difference.length];
        for (int i = 0; i < pixels.length; i++) {
            // The faintest change still shows: at least a quarter of full red.
            int a = difference[i] == 0 ? 0 : Math.max(64, Math.min(255, difference[i] * gain));
            pixels[i] = 255 << 16 | (255 - a) << 8 | (255 - a);
        }
        amplified.setRGB(0, 0, actual.getWidth(), actual.getHeight(), pixels, 0, actual.getWidth());
        BufferedImage out = new BufferedImage(3 * w + 4 * GAP, h + 2 * LABEL + 2 * GAP, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = canvas(out);
        g.setFont(Fonts.bold(14));
        g.drawString(title, GAP, LABEL - 6);
        g.setFont(Fonts.regular(13));
        String[] labels = {expectedLabel, "actual", "difference, x" + gain + " (largest " + largest + " of 255)"};
        BufferedImage[] panels = {expected, actual, amplified};
        for (int p = 0; p < 3; p++) {
            int x = GAP + p * (w + GAP);
            g.setColor(INK);
            g.drawString(labels[p], x, 2 * LABEL - 6 + GAP / 2);
            g.drawImage(panels[p], x, 2 * LABEL + GAP, w, h, null);
            g.setColor(Color.LIGHT_GRAY);
            g.drawRect(x - 1, 2 * LABEL + GAP - 1, w + 1, h + 1);
        }
        g.dispose();
        return out;
    }

    /**
     * The actual frame, small and faded, with a label under it. A small pixel is magenta when any pixel it
     * covers changed by {@link #VISIBLE} or more, pink when by less, so a one-pixel change still shows after
     * the frame is shrunk and a visible change stands out from rounding.
     */
    static BufferedImage cell(BufferedImage actual, int[] difference, String label) {
        int width = actual.getWidth();
        int height = actual.getHeight();
        int h = Math.max(1, (int) Math.round(height * (double) CELL / width));
        long[] sums = new long[CELL * h * 3];
        int[] counts = new int[CELL * h];
        int[] changed = new int[CELL * h];
        int[] row = new int[width];
        for (int y = 0; y < height; y++) {
            actual.getRGB(0, y, width, 1, row, 0, width);
            int ty = (int) ((long) y * h / height);
            for (int x = 0; x < width; x++) {
                int t = ty * CELL + (int) ((long) x * CELL / width);
                sums[3 * t] += row[x] >> 16 & 255;
                sums[3 * t + 1] += row[x] >> 8 & 255;
                sums[3 * t + 2] += row[x] & 255;
                counts[t]++;
                changed[t] = Math.max(changed[t], difference[y * width + x]);
            }
        }
        BufferedImage out = new BufferedImage(CELL, h + LABEL, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = canvas(out);
        for (int t = 0; t < counts.length; t++) {
            int n = Math.max(1, counts[t]);
            int rgb = (int) (sums[3 * t] / n) << 16 | (int) (sums[3 * t + 1] / n) << 8 | (int) (sums[3 * t + 2] / n);
            int mark = changed[t] >= VISIBLE ? CHANGED.getRGB() : changed[t] > 0 ? FAINT.getRGB() : fade(rgb);
            out.setRGB(t % CELL, t / CELL, mark);
        }
        g.setFont(Fonts.regular(12));
        g.drawString(label, 2, h + LABEL - 6);
        g.dispose();
        return out;
    }

    /** Cells in rows of {@code columns}, in order. */
    static BufferedImage sheet(List<BufferedImage> cells, int columns) {
        int cellHeight = cells.stream().mapToInt(BufferedImage::getHeight).max().orElse(1);
        int cols = Math.min(columns, cells.size());
        int rows = (cells.size() + columns - 1) / columns;
        BufferedImage out = new BufferedImage(cols * (CELL + GAP) + GAP, rows * (cellHeight + GAP) + GAP, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = canvas(out);
        for (int i = 0; i < cells.size(); i++) {
            g.drawImage(cells.get(i), GAP + i % columns * (CELL + GAP), GAP + i / columns * (cellHeight + GAP), null);
        }
        g.dispose();
        return out;
    }

    static String frameLabel(int frame, double rms) {
        return String.format(Locale.ROOT, "frame %d, RMS %.1f", frame, rms);
    }

    private static int fade(int rgb) {
        int r = rgb >> 16 & 255, g = rgb >> 8 & 255, b = rgb & 255;
        return (r + 2 * 255) / 3 << 16 | (g + 2 * 255) / 3 << 8 | (b + 2 * 255) / 3;
    }

    private static Graphics2D canvas(BufferedImage image) {
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        g.setColor(INK);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        return g;
    }
}
