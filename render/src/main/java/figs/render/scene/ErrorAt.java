package figs.render.scene;

/**
 * Makes a scene error placed at the key a JSON pointer names; the validator owns the file and its key
 * locations, and hands this to the readers of parts that are checked on their own.
 */
@FunctionalInterface
interface ErrorAt {
    SceneError at(String pointer, String message);
}
