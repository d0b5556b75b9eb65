package org.jcodec.codecs.h264.encode;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;

import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.SplittableRandom;
import org.jcodec.codecs.h264.H264Encoder;
import org.jcodec.common.model.ColorSpace;
import org.jcodec.common.model.Picture;
import org.junit.jupiter.api.Test;

/**
 * figs's MotionEstimator must choose exactly the vectors of JCodec's own, which is loaded here from the
 * JCodec jar in a class loader of its own and asked about the same blocks: flat areas (where the walk
 * goes the full range), moved and noisy content, and blocks at every edge (where JCodec's block reads
 * wrap into the next row of its window).
 */
class MotionEstimatorTest {
    private static final int RANGE = 16;
    private static final int WIDTH = 176;
    private static final int HEIGHT = 112;

    @Test
    void choosesJCodecsVectorForEveryBlockOfVariedPictures() throws Exception {
        URL jar = H264Encoder.class.getProtectionDomain().getCodeSource().getLocation();
        try (URLClassLoader jcodec = new URLClassLoader(new URL[] {jar}, null)) {
            Class<?> original = jcodec.loadClass(MotionEstimator.class.getName());
            assertNotSame(MotionEstimator.class, original);
            Class<?> picture = jcodec.loadClass(Picture.class.getName());
            Class<?> colorSpace = jcodec.loadClass(ColorSpace.class.getName());
            Method create = picture.getMethod("create", int.class, int.class, colorSpace);
            Method estimate = original.getMethod("estimate", picture, byte[].class, int.class, int.class, int.class, int.class);
            Object theirs = original.getConstructor(int.class).newInstance(RANGE);
            MotionEstimator ours = new MotionEstimator(RANGE);
            int compared = 0;
            for (long seed = 1; seed <= 6; seed++) {
                byte[] luma = reference(seed);
                Picture ref = Picture.create(WIDTH, HEIGHT, ColorSpace.YUV420J);
                System.arraycopy(luma, 0, ref.getPlaneData(0), 0, luma.length);
                Object theirRef = create.invoke(null, WIDTH, HEIGHT, colorSpace.getField("YUV420J").get(null));
                System.arraycopy(luma, 0, (byte[]) picture.getMethod("getPlaneData", int.class).invoke(theirRef, 0), 0, luma.length);
                byte[] moved = moved(luma, seed);
                for (int mbY = 0; mbY < HEIGHT / 16; mbY++) {
                    for (int mbX = 0; mbX < WIDTH / 16; mbX++) {
                        byte[] patch = new byte[256];
                        MBEncoderHelper.take(moved, WIDTH, HEIGHT, mbX << 4, mbY << 4, patch, 16, 16);
                        int[] expected = (int[]) estimate.invoke(theirs, theirRef, patch.clone(), mbX, mbY, 0, 0);
                        assertArrayEquals(expected, ours.estimate(ref, patch, mbX, mbY, 0, 0), "seed " + seed + " block " + mbX + "," + mbY);
                        compared++;
                    }
                }
            }
            assertEquals(6 * (WIDTH / 16) * (HEIGHT / 16), compared);
        }
    }

    /** Flat background, a gradient band, and noisy discs: a chart-like mix of plain and detailed areas. */
    private static byte[] reference(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        byte[] luma = new byte[WIDTH * HEIGHT];
        int level = random.nextInt(-128, 128);
        for (int y = 0; y < HEIGHT; y++) {
            for (int x = 0; x < WIDTH; x++) {
                int v = level;
                if (y > HEIGHT / 3 && y < HEIGHT / 2) v = x - 90;
                int dx = x - (int) (seed * 29 % WIDTH), dy = y - (int) (seed * 17 % HEIGHT);
                if (dx * dx + dy * dy < 600) v = random.nextInt(-128, 128);
                luma[y * WIDTH + x] = (byte) v;
            }
        }
        return luma;
    }

    /** The reference moved by a few pixels, with a little noise on top. */
    private static byte[] moved(byte[] luma, long seed) {
        SplittableRandom random = new SplittableRandom(~seed);
        int sx = (int) (seed % 5) - 2, sy = (int) (seed % 3) - 1;
        byte[] out = new byte[luma.length];
        for (int y = 0; y < HEIGHT; y++) {
            for (int x = 0; x < WIDTH; x++) {
                int fx = Math.clamp(x + sx, 0, WIDTH - 1), fy = Math.clamp(y + sy, 0, HEIGHT - 1);
                int noise = random.nextInt(8) == 0 ? random.nextInt(-3, 4) : 0;
                out[y * WIDTH + x] = (byte) Math.clamp(luma[fy * WIDTH + fx] + noise, -128, 127);
            }
        }
        return out;
    }
}
