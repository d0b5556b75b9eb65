package figs.render.layout;

/** How far a panel's text (tick labels, axis labels, title) reaches beyond its plot area on each side, in points. */
public record Overhang(double left, double right, double top, double bottom) {
    public static final Overhang NONE = new Overhang(0, 0, 0, 0);
}
