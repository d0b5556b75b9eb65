package figs.render.bench;

import java.util.Arrays;

/** PSNR of every frame of one encoding, summed up as the mean and the worst frame. */
record Quality(double meanDb, double minDb, int frames) {
    static Quality of(double[] perFrameDb) {
        return new Quality(Arrays.stream(perFrameDb).average().orElseThrow(), Arrays.stream(perFrameDb).min().orElseThrow(),
                perFrameDb.length);
    }
}
