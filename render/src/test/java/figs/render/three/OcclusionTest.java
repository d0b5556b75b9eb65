package figs.render.three;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import figs.render.color.Colormaps;
import figs.render.contour.ScalarGrid;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

/**
 * A wall z = 2 exp(-(x / 0.5)^2) along y, seen from the +x side low down: a path on the floor behind the
 * wall (x = -3) must be hidden by it and a path on the floor in front (x = +3) must show; turn the
 * camera to the -x side and the two swap. The surface is opaque grey, the paths pure red, so a sampled
 * pixel says which was drawn last.
 */
class OcclusionTest {
    private static final int SIZE = 400;
    private static final Color RED = new Color(255, 0, 0);

    @Test
    void aPathBehindTheWallIsHiddenAndOneInFrontShows() {
        assertEquals(RED.getRGB(), pixelAtPath(3, 0, 10), "in front, seen from +x");
        assertNotEquals(RED.getRGB(), pixelAtPath(-3, 0, 10), "behind, seen from +x");
        assertEquals(RED.getRGB(), pixelAtPath(-3, 180, 10), "in front, seen from -x");
        assertNotEquals(RED.getRGB(), pixelAtPath(3, 180, 10), "behind, seen from -x");
    }

    /** From high above nothing stands between the eye and either path. */
    @Test
    void fromAboveBothPathsShow() {
        assertEquals(RED.getRGB(), pixelAtPath(3, 0, 80));
        assertEquals(RED.getRGB(), pixelAtPath(-3, 0, 80));
    }

    /** Draws the wall and a path along y at x = {@code pathX} on the floor; returns the pixel under the path's middle. */
    private static int pixelAtPath(double pathX, double azim, double elev) {
        int n = 61;
        double[] xs = new double[n], ys = new double[n];
        float[] z = new float[n * n];
        for (int i = 0; i < n; i++) {
            xs[i] = -5 + 10.0 * i / (n - 1);
            ys[i] = xs[i];
        }
        for (int j = 0; j < n; j++) {
            for (int i = 0; i < n; i++) z[j * n + i] = (float) (2 * Math.exp(-Math.pow(xs[i] / 0.5, 2)));
        }
        ScalarGrid grid = new ScalarGrid(xs, ys, z);
        Limits3D limits = new Limits3D(new double[] {-5, -5, 0}, new double[] {5, 5, 2});
        Projection3D camera = new Projection3D(limits, elev, azim, new Rectangle2D.Double(0, 0, SIZE, SIZE));
        SurfaceMesh mesh = new SurfaceMesh(grid, 1, camera);
        DepthOrder order = new DepthOrder();
        SurfacePainter.add(order, mesh, Colormaps.named("Greys").orElseThrow(), 1.0);
        double[] px = new double[21], py = new double[21], pz = new double[21];
        for (int k = 0; k < px.length; k++) {
            px[k] = pathX;
            py[k] = -2 + 4.0 * k / (px.length - 1);
            pz[k] = mesh.heightAt(px[k], py[k]);
        }
        new PathPainter(camera, mesh).addPath(order, px, py, pz, px.length, RED, 5);
        BufferedImage image = new BufferedImage(SIZE, SIZE, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
        g.setColor(Color.BLACK);
        g.fillRect(0, 0, SIZE, SIZE);
        order.paint(g);
        g.dispose();
        var at = camera.toScreen(pathX, 0, mesh.heightAt(pathX, 0));
        return image.getRGB((int) at.x, (int) at.y) | 0xff000000;
    }
}
