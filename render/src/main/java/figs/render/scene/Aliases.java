package figs.render.scene;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Refuses YAML aliases ({@code *name}). Jackson does not expand them (it hands the alias over as the
 * text of its anchor's name), so a "billion laughs" document cannot blow up, but it would then fail
 * with a puzzling type error far from the cause; scenes share runs with {@code include:} instead.
 */
final class Aliases {
    private Aliases() {}

    static void refuse(Path file, YAMLFactory factory, String text) throws SceneError, IOException {
        try (JsonParser parser = factory.createParser(text)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (parser instanceof YAMLParser yaml && yaml.isCurrentAlias()) {
                    var at = parser.currentTokenLocation();
                    throw new SceneError(file, at.getLineNr(), at.getColumnNr(), Messages.alias(parser.getText()));
                }
            }
        }
    }
}
