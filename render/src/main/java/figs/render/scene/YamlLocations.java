package figs.render.scene;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * Where each key and list item of a YAML document stands, by JSON pointer ({@code /runs/model/epochs}).
 * Records carry no locations, so errors found after binding look their place up here.
 */
final class YamlLocations {
    private final Map<String, JsonLocation> byPointer;

    private YamlLocations(Map<String, JsonLocation> byPointer) {
        this.byPointer = byPointer;
    }

    static YamlLocations index(YAMLFactory factory, String text) throws IOException {
        Map<String, JsonLocation> map = new HashMap<>();
        try (JsonParser parser = factory.createParser(text)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) continue;
                map.putIfAbsent(parser.getParsingContext().pathAsPointer().toString(), parser.currentTokenLocation());
            }
        }
        return new YamlLocations(map);
    }

    /** The place of {@code pointer}, or of its nearest enclosing key when it was not written. */
    JsonLocation find(String pointer) {
        for (String p = pointer; ; p = p.substring(0, p.lastIndexOf('/'))) {
            JsonLocation location = byPointer.get(p);
            if (location != null || p.isEmpty()) return location;
        }
    }
}
