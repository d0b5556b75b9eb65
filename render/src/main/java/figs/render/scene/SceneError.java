package figs.render.scene;

import java.nio.file.Path;

/**
 * A scene file that cannot be rendered, with where and why. The message is a whole paragraph for a
 * person: {@code scenes/x.yaml:12:7: unknown key 'regoins' in a panel; did you mean 'regions'? ...}.
 */
public final class SceneError extends Exception {
    private final Path file;
    private final int line;
    private final int column;

    public SceneError(Path file, int line, int column, String message) {
        super(message);
        this.file = file;
        this.line = line;
        this.column = column;
    }

    public Path file() {
        return file;
    }

    /** 1-based line, or 0 when the error has no place in the file. */
    public int line() {
        return line;
    }

    public int column() {
        return column;
    }

    /** {@code file:line:column: message}, the form editors and CI logs link to. */
    @Override
    public String toString() {
        String where = line > 0 ? file + ":" + line + ":" + column : file.toString();
        return where + ": " + getMessage();
    }
}
