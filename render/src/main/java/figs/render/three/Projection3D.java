package figs.render.three;

import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;

/**
 * matplotlib's 3-D camera ({@code Axes3D.get_proj}, perspective with focal length 1): the data box is
 * scaled to a world box of aspect 4:4:3 (normalised to 1.8294640721620434 x 25/24, the constant that
 * keeps matplotlib's framing since 3.2 and 3.9); the eye sits 10 units from the box centre at
 * elevation {@code elev} and azimuth {@code azim} and looks at the centre with z up; a point projects
 * to (x_view, y_view) / distance. The 2-D view limits are matplotlib's [-0.95, 0.9] / 10 on both axes,
 * mapped onto a square box centred in the panel, as {@code Axes3D.apply_aspect} and
 * {@code set_top_view} do.
 */
public final class Projection3D {
    static final double[] BOX_ASPECT = {4, 4, 3};
    static final double BOX_SCALE = 1.8294640721620434 * 25 / 24;
    static final double DISTANCE = 10;
    static final double VIEW_LOW = -0.95 / DISTANCE;
    static final double VIEW_HIGH = 0.9 / DISTANCE;

    private final Limits3D limits;
    private final double[] box = new double[3];
    private final double[] eye = new double[3];
    private final double[] u;
    private final double[] v;
    private final double[] w;
    private final double left;
    private final double top;
    private final double size;

    /** A camera at {@code elev} and {@code azim} degrees over {@code limits}, drawn into the square of {@code panel}. */
    public Projection3D(Limits3D limits, double elev, double azim, Rectangle2D panel) {
        this.limits = limits;
        double norm = Math.sqrt(16 + 16 + 9);
        for (int a = 0; a < 3; a++) box[a] = BOX_ASPECT[a] * BOX_SCALE / norm;
        double e = Math.toRadians(elev), z = Math.toRadians(azim);
        double[] toward = {StrictMath.cos(e) * StrictMath.cos(z), StrictMath.cos(e) * StrictMath.sin(z), StrictMath.sin(e)};
        for (int a = 0; a < 3; a++) eye[a] = box[a] / 2 + DISTANCE * toward[a];
        w = toward;
        // "up" is +z, or -z once the camera has gone over the top, as matplotlib's _calc_view_axes.
        double[] up = {0, 0, Math.abs(normalisedDegrees(elev)) > 90 ? -1 : 1};
        u = normalise(cross(up, w));
        v = cross(w, u);
        size = Math.min(panel.getWidth(), panel.getHeight());
        left = panel.getX() + (panel.getWidth() - size) / 2;
        top = panel.getY() + (panel.getHeight() - size) / 2;
    }

    public Limits3D limits() {
        return limits;
    }

    /**
     * Projects data point (x, y, z) into {@code out}: pixel x, pixel y (downwards) and the distance from
     * the eye along the view axis (larger is farther), which orders what hides what.
     */
    public void project(double x, double y, double z, double[] out) {
        double px = world(0, x) - eye[0], py = world(1, y) - eye[1], pz = world(2, z) - eye[2];
        double xv = u[0] * px + u[1] * py + u[2] * pz;
        double yv = v[0] * px + v[1] * py + v[2] * pz;
        double depth = -(w[0] * px + w[1] * py + w[2] * pz);
        double tx = xv / depth, ty = yv / depth;
        out[0] = left + (tx - VIEW_LOW) / (VIEW_HIGH - VIEW_LOW) * size;
        out[1] = top + (VIEW_HIGH - ty) / (VIEW_HIGH - VIEW_LOW) * size;
        out[2] = depth;
    }

    public Point2D.Double toScreen(double x, double y, double z) {
        double[] p = new double[3];
        project(x, y, z, p);
        return new Point2D.Double(p[0], p[1]);
    }

    public double depth(double x, double y, double z) {
        double[] p = new double[3];
        project(x, y, z, p);
        return p[2];
    }

    /** The square the box is drawn in. */
    public Rectangle2D.Double square() {
        return new Rectangle2D.Double(left, top, size, size);
    }

    /** Data point to the scaled world box, where angles and normals are what the viewer sees. */
    void toWorld(double x, double y, double z, double[] out) {
        out[0] = world(0, x);
        out[1] = world(1, y);
        out[2] = world(2, z);
    }

    /** True when the eye is on the side of the plane through {@code worldPoint} that {@code normal} points to. */
    boolean facesEye(double[] worldPoint, double[] normal) {
        double d = 0;
        for (int a = 0; a < 3; a++) d += normal[a] * (eye[a] - worldPoint[a]);
        return d > 0;
    }

    private double world(int axis, double value) {
        return (value - limits.min()[axis]) / limits.span(axis) * box[axis];
    }

    private static double normalisedDegrees(double degrees) {
        double d = (degrees + 180) % 360;
        if (d < 0) d += 360;
        return d - 180;
    }

    private static double[] cross(double[] a, double[] b) {
        return new double[] {a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]};
    }

    private static double[] normalise(double[] a) {
        double n = Math.sqrt(a[0] * a[0] + a[1] * a[1] + a[2] * a[2]);
        return new double[] {a[0] / n, a[1] / n, a[2] / n};
    }
}
