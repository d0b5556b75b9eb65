package figs.render.three;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Rectangle2D;
import org.junit.jupiter.api.Test;

/**
 * Projected positions against values worked out by hand from matplotlib's {@code get_proj} (world box
 * 4:4:3 scaled to 1.8294640721620434 x 25/24 / sqrt(41), so half-sides R = (0.5952, 0.5952, 0.4464); eye
 * 10 units from the centre; a point projects to (u.d, v.d) / -(w.d) with d = point - eye; view limits
 * [-0.095, 0.09] mapped onto the square).
 */
class Projection3DTest {
    private static final double PIXEL = 1e-6;
    private static final Limits3D UNIT = new Limits3D(new double[] {0, 0, 0}, new double[] {1, 1, 1});
    private static final Rectangle2D.Double SQUARE = new Rectangle2D.Double(0, 0, 185, 185);   // 1000 px per view unit
    private static final double R_XY = 4 * 1.8294640721620434 * 25 / 24 / Math.sqrt(41) / 2;
    private static final double R_Z = 3 * 1.8294640721620434 * 25 / 24 / Math.sqrt(41) / 2;

    /** The box centre sits on the view axis: tx = ty = 0, which is 95 px from the square's left and 90 from its top. */
    @Test
    void theBoxCentreProjectsToTheViewOrigin() {
        for (double[] view : new double[][] {{0, 0}, {30, -60}, {48, 45}, {-20, 200}}) {
            Projection3D p = new Projection3D(UNIT, view[0], view[1], SQUARE);
            double[] out = new double[3];
            p.project(0.5, 0.5, 0.5, out);
            assertEquals(95, out[0], PIXEL, "elev/azim " + view[0] + "/" + view[1]);
            assertEquals(90, out[1], PIXEL);
            assertEquals(10, out[2], 1e-9, "the eye is 10 units away");
        }
    }

    /**
     * elev 0, azim 0: the eye is on +x, u = (0, 1, 0), v = (0, 0, 1). Corner (1, 1, 1) is at world
     * (2R_xy, 2R_xy, 2R_z): d = (R_xy - 10, R_xy, R_z), so tx = R_xy / (10 - R_xy), ty = R_z / (10 - R_xy).
     */
    @Test
    void aCornerSeenFromTheSide() {
        Projection3D p = new Projection3D(UNIT, 0, 0, SQUARE);
        double[] out = new double[3];
        p.project(1, 1, 1, out);
        double depth = 10 - R_XY;
        assertEquals(1000 * (R_XY / depth + 0.095), out[0], PIXEL);
        assertEquals(1000 * (0.09 - R_Z / depth), out[1], PIXEL);
        assertEquals(depth, out[2], 1e-12);
    }

    /**
     * elev 60, azim 90: w = (0, cos 60, sin 60) = (0, 0.5, 0.8660), u = normalised z x w = (-1, 0, 0),
     * v = w x u = (0, -0.8660, 0.5). Corner (0, 0, 0) is at world 0: d = -eye = -(R_xy, R_xy + 5, R_z + 8.660).
     */
    @Test
    void aCornerSeenFromAbove() {
        Projection3D p = new Projection3D(UNIT, 60, 90, SQUARE);
        double[] out = new double[3];
        p.project(0, 0, 0, out);
        double c = Math.cos(Math.toRadians(60)), s = Math.sin(Math.toRadians(60));
        double[] d = {-R_XY, -(R_XY + 10 * c), -(R_Z + 10 * s)};
        double xv = -d[0];
        double yv = -s * d[1] + c * d[2];
        double depth = -(c * d[1] + s * d[2]);
        assertEquals(1000 * (xv / depth + 0.095), out[0], PIXEL);
        assertEquals(1000 * (0.09 - yv / depth), out[1], PIXEL);
        assertEquals(depth, out[2], 1e-12);
    }

    /**
     * Screen right is u = (-sin azim, cos azim, 0): at matplotlib's default azim -60 that is
     * (0.866, 0.5, 0), so corner (1, 0, 0), at (+0.5, -0.5) from the centre, lies right of it
     * (0.183 > 0); at azim 30, u = (-0.5, 0.866, 0) and the corner moves left (-0.683).
     */
    @Test
    void turningTheAzimuthMovesACornerAcrossTheScreen() {
        double[] before = new double[3], after = new double[3];
        new Projection3D(UNIT, 30, -60, SQUARE).project(1, 0, 0, before);
        new Projection3D(UNIT, 30, 30, SQUARE).project(1, 0, 0, after);
        assertTrue(before[0] > 95 && after[0] < 95, "corner (1, 0, 0) at x " + before[0] + " then " + after[0]);
    }

    @Test
    void autoLimitsAddMatplotlibsMargins() {
        Limits3D l = Limits3D.auto(new double[] {-5, -5, 0}, new double[] {5, 5, 3});
        assertEquals(-5.5 - 11.0 / 48, l.min()[0], 1e-12, "5 % then 1/48 of the widened range");
        assertEquals(3.15 + 3.3 / 48, l.max()[2], 1e-12);
    }

    /** A segment from inside the unit box to (2, 0.5, 0.5) leaves it halfway; one wholly outside is dropped. */
    @Test
    void segmentsAreClippedToTheBox() {
        assertArrayEquals(new double[] {0, 1.0 / 3}, UNIT.clip(new double[] {0.5, 0.5, 0.5}, new double[] {2, 0.5, 0.5}), 1e-12);
        assertArrayEquals(new double[] {0.25, 0.75}, UNIT.clip(new double[] {-0.5, 0.2, 0.2}, new double[] {1.5, 0.2, 0.2}), 1e-12);
        assertNull(UNIT.clip(new double[] {2, 0, 0}, new double[] {3, 1, 1}));
    }
}
