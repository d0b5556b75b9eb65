package figs.render.axes;

/** Maps data values in [d0, d1] linearly to pixel positions in [p0, p1] (p1 may be below p0, as for y). */
public record LinearScale(double d0, double d1, double p0, double p1) {
    public LinearScale {
        if (!(d1 != d0)) throw new IllegalArgumentException("a scale needs two different data limits");
    }

    public double pixel(double value) {
        return p0 + (value - d0) * (p1 - p0) / (d1 - d0);
    }
}
