package figs.render.scene;

import figs.math.nn.LayerSpec;
import java.util.List;
import java.util.Map;

/**
 * The {@link Limits} a validated scene must keep, checked from its settings alone, before a pixel,
 * a weight or a grid node is allocated. Products are taken in {@code long} (or double) so that two
 * large factors cannot wrap round to a small number and slip through.
 */
final class LimitChecks {
    private final SceneValidator v;

    LimitChecks(SceneValidator v) {
        this.v = v;
    }

    int gridNodes(long nx, long ny, String at) throws SceneError {
        long cells = nx * ny;
        if (Limits.GRID_CELLS.exceededBy(cells)) throw v.error(at, Limits.GRID_CELLS.message("the grid " + nx + " x " + ny, cells));
        return (int) nx;
    }

    /** Dense layers: inputs x units weights plus units biases each, the inputs of one being the units of the last. */
    void parameters(int inputs, List<LayerSpec> layers, String at) throws SceneError {
        long count = 0;
        long in = inputs;
        for (LayerSpec layer : layers) {
            count += in * layer.units() + layer.units();
            in = layer.units();
        }
        if (Limits.PARAMETERS.exceededBy(count)) throw v.error(at, Limits.PARAMETERS.message("the network (inputs x units + units, over its layers)", count));
    }

    /** Samples of the data set times epochs: the training's cost, whatever the batch size. */
    void epochSamples(String data, int epochs, Map<String, Run> runs, String at) throws SceneError {
        long samples = runs.get(data) instanceof Run.Data d ? d.generator().samples() : 0;
        long passes = samples * epochs;
        if (Limits.EPOCH_SAMPLES.exceededBy(passes)) {
            throw v.error(at, Limits.EPOCH_SAMPLES.message(epochs + " epochs of " + samples + " samples", passes));
        }
    }

    void frames(Scene scene) throws SceneError {
        long frames = scene.frames();
        if (Limits.FRAMES.exceededBy(frames)) throw v.error("/timeline", Limits.FRAMES.message("the timeline (one frame per " + scene.timeline().each().name().toLowerCase(java.util.Locale.ROOT) + ")", frames));
    }
}
