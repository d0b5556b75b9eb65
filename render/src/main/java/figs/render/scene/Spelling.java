package figs.render.scene;

import java.util.Collection;
import java.util.Optional;

/** The nearest valid word to a misspelt one, as scene errors suggest it, for the command line's own names. */
public final class Spelling {
    private Spelling() {}

    public static Optional<String> nearest(String word, Collection<String> allowed) {
        return Messages.nearest(word, allowed);
    }
}
