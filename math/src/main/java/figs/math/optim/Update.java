package figs.math.optim;

import figs.math.kernel.Threads;
import java.util.List;

/** An optimizer bound to the parameter arrays it moves and the gradient arrays it reads, with its state. */
public final class Update {
    /** An update costs some ten float operations and four to six memory streams per element. */
    private static final int WORK_PER_ELEMENT = 8;
    private final Optimizer rule;
    private final List<float[]> parameters;
    private final List<float[]> gradients;
    private final float[][][] slots;
    private int step;

    public Update(Optimizer rule, List<float[]> parameters, List<float[]> gradients) {
        if (parameters.size() != gradients.size()) throw new IllegalArgumentException("one gradient per parameter array");
        this.rule = rule;
        this.parameters = List.copyOf(parameters);
        this.gradients = List.copyOf(gradients);
        slots = new float[parameters.size()][rule.slots()][];
        for (int p = 0; p < parameters.size(); p++) {
            for (int s = 0; s < rule.slots(); s++) slots[p][s] = new float[parameters.get(p).length];
        }
    }

    /** One step on every parameter array from the gradients as they are now, large arrays in blocks on the kernel threads. */
    public void apply() {
        begin();
        for (int p = 0; p < parameters.size(); p++) {
            int array = p;
            Threads.forRows(parameters.get(p).length, (long) parameters.get(p).length * WORK_PER_ELEMENT,
                    (from, to) -> apply(array, from, to));
        }
    }

    /** Starts a step that the caller applies piece by piece with {@link #apply(int, int, int)}. */
    public void begin() {
        step++;
    }

    /**
     * The current step on elements [from, to) of parameter array {@code p}, from its gradient as it is
     * now. Elements are independent, so pieces may be moved in any order, on any thread.
     */
    public void apply(int p, int from, int to) {
        rule.apply(parameters.get(p), gradients.get(p), slots[p], step, from, to);
    }

    /** The rule's state, [parameter array][slot][element], for this package's tests to read and set. */
    float[][][] slots() {
        return slots;
    }
}
