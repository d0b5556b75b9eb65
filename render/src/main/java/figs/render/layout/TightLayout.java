package figs.render.layout;

/**
 * Margins and gaps that just fit every panel's text, as matplotlib's {@code tight_layout} finds them:
 * the outer margins take the largest overhang of the panels on that edge plus a pad, the gap between
 * neighbouring columns (rows) the largest sum of the two facing overhangs plus a pad, and the panels
 * share what is left equally. The result is in matplotlib's subplot parameters: fractions of the figure
 * and spacings relative to the mean panel size.
 *
 * @param left   figure fraction where the panels start
 * @param right  figure fraction where they end
 * @param bottom figure fraction from the bottom where they start
 * @param top    figure fraction from the bottom where they end
 * @param wspace gap between columns over the mean panel width
 * @param hspace gap between rows over the mean panel height
 */
public record TightLayout(double left, double right, double bottom, double top, double wspace, double hspace) {
    /** matplotlib's tight_layout pad: 1.08 font sizes. */
    public static final double PAD_FONT_SIZES = 1.08;

    /**
     * The layout for a {@code rows} x {@code columns} grid of a {@code width} x {@code height} point figure,
     * {@code cells[k]} the overhang of panel k (row-major; missing cells null), with {@code pad} points
     * around every piece of text and {@code reserveTop} points kept free above (a figure title).
     */
    public static TightLayout fit(double width, double height, int rows, int columns, Overhang[] cells, double pad,
                                  double reserveTop) {
        double left = 0, right = 0, top = 0, bottom = 0, gapX = 0, gapY = 0;
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                Overhang o = at(cells, r * columns + c);
                if (c == 0) left = Math.max(left, o.left());
                if (c == columns - 1) right = Math.max(right, o.right());
                if (r == 0) top = Math.max(top, o.top());
                if (r == rows - 1) bottom = Math.max(bottom, o.bottom());
                if (c + 1 < columns) gapX = Math.max(gapX, o.right() + at(cells, r * columns + c + 1).left());
                if (r + 1 < rows) gapY = Math.max(gapY, o.bottom() + at(cells, (r + 1) * columns + c).top());
            }
        }
        left += pad;
        right += pad;
        top += pad + reserveTop;
        bottom += pad;
        gapX += pad;
        gapY += pad;
        double cellWidth = (width - left - right - (columns - 1) * gapX) / columns;
        double cellHeight = (height - top - bottom - (rows - 1) * gapY) / rows;
        if (cellWidth <= 0 || cellHeight <= 0) {
            throw new IllegalArgumentException("the figure is too small for its text: " + width + " x " + height + " points");
        }
        return new TightLayout(left / width, 1 - right / width, bottom / height, 1 - top / height,
                columns > 1 ? gapX / cellWidth : 0, rows > 1 ? gapY / cellHeight : 0);
    }

    private static Overhang at(Overhang[] cells, int k) {
        return k < cells.length && cells[k] != null ? cells[k] : Overhang.NONE;
    }
}
