package figs.render.scene;

/**
 * A limit that only the computed data can show to be passed (a grid laid around a data set, whose
 * node count follows from the data's extent), found while the runs are computed rather than when
 * the scene is loaded. The command line treats it as a bad scene.
 */
public final class LimitExceeded extends RuntimeException {
    public LimitExceeded(String message) {
        super(message);
    }
}
