package figs.output.gif;

/**
 * Maps a colour to its nearest palette entry by {@link ColorDistance}. Entries of the palette map to
 * themselves (the first of equal entries). Each distinct colour of the frames is looked up once
 * ({@link Palette#indices}), so nothing is remembered; the search goes outward by green ({@link GreenOrder}).
 */
final class NearestColor {
    private final GreenOrder order;

    NearestColor(int[] palette) {
        this.order = new GreenOrder(palette.clone());
    }

    /** Ties go to the lower index, so the answer never depends on anything but the palette. */
    int indexOf(int rgb) {
        return order.nearest(rgb);
    }
}
