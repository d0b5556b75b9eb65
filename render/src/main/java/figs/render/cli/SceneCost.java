package figs.render.cli;

import figs.math.train.TrainingSpec;
import figs.render.scene.Run;
import figs.render.scene.Scene;
import java.util.Comparator;
import java.util.List;

/**
 * A rough guess of a scene's work in CPU seconds on the development machine, good only for ordering a
 * batch: the longest scenes start first, so the last to finish is a short one and no core idles while
 * one long scene runs alone (Graham's longest-processing-time-first rule). Training costs its
 * multiply-adds (forward and backward, about three per weight and row) at 2e10 a second; every frame
 * costs its pixels at 1e-7 s each, drawing and encoding together (critical-points: 180 frames of
 * 1440 x 720 in about 19 CPU s; boundary-circles: 50 of 720 x 720 in about 7).
 */
final class SceneCost {
    private static final double MACS_PER_SECOND = 2e10;
    private static final double SECONDS_PER_PIXEL = 1e-7;

    private SceneCost() {}

    /** The scenes, longest guess first; ties keep their order. */
    static List<Scene> longestFirst(List<Scene> scenes) {
        return scenes.stream().sorted(Comparator.comparingDouble(SceneCost::seconds).reversed()).toList();
    }

    static double seconds(Scene scene) {
        double macs = 0;
        for (Run run : scene.runs().values()) {
            switch (run) {
                case Run.Train t -> macs += macs(t.spec(), rows(scene, t.data()));
                case Run.Sweep s -> {
                    for (int i = 0; i < s.l2().size(); i++) macs += macs(s.item(i), rows(scene, s.base().data()));
                }
                default -> { }
            }
        }
        double pixels = (double) scene.frames() * scene.figure().width() * scene.figure().height();
        return macs / MACS_PER_SECOND + pixels * SECONDS_PER_PIXEL;
    }

    private static double macs(TrainingSpec spec, double rows) {
        return 3.0 * spec.macsPerRow() * rows * spec.epochs();
    }

    /** The training rows of a data set run. */
    private static double rows(Scene scene, String data) {
        return scene.runs().get(data) instanceof Run.Data d ? d.generator().samples() * (1 - d.testFraction()) : 0;
    }
}
