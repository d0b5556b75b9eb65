package figs.render.scene;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.yaml.snakeyaml.LoaderOptions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a scene file: YAML to {@link SceneSpec} records (strict: unknown keys, duplicate keys and
 * quietly coerced types are errors), then {@link SceneValidator} to a {@link Scene}. Every failure is
 * a {@link SceneError} naming the file, line and column.
 */
public final class SceneLoader {
    private final YAMLFactory factory;
    private final ObjectMapper mapper;

    public SceneLoader() {
        // SnakeYAML stops a document past the scene size limit even when the text comes from memory.
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit((int) Math.min(Integer.MAX_VALUE, Limits.SCENE_BYTES.value()));
        factory = YAMLFactory.builder().loaderOptions(options).enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
        mapper = strict(factory);
    }

    /**
     * A mapper as strict as the scene format: unknown keys, nulls for numbers, trailing tokens and quietly
     * coerced types are errors. Parts read in two steps (a legend or a theme given as a name or a
     * mapping) bind their mapping with it too.
     */
    static ObjectMapper strict(com.fasterxml.jackson.core.JsonFactory factory) {
        ObjectMapper mapper = JsonMapper.builder(factory)
                .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .build();
        // "epochs: '50'" or "title: 3" are mistakes worth naming, not values to guess at.
        for (LogicalType type : List.of(LogicalType.Integer, LogicalType.Float, LogicalType.Boolean)) {
            mapper.coercionConfigFor(type).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        }
        mapper.coercionConfigFor(LogicalType.Textual).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Textual).setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Textual).setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        return mapper;
    }

    public Scene load(Path file) throws SceneError {
        return load(file, read(file));
    }

    /** The file's text, refused unread when it is larger than any scene should be. */
    private static String read(Path file) throws SceneError {
        try {
            if (Limits.SCENE_BYTES.exceededBy(Files.size(file))) throw new SceneError(file, 0, 0, Messages.tooLarge(Limits.SCENE_BYTES));
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new SceneError(file, 0, 0, Messages.unreadable(e.getMessage()));
        }
    }

    /** Loads {@code text} as though it were the content of {@code file}. */
    public Scene load(Path file, String text) throws SceneError {
        Parsed<SceneSpec> parsed = parse(file, text, SceneSpec.class);
        SceneSpec spec = parsed.spec();
        Includes.Included includes = Includes.of(this, file, spec.include(), parsed.locations());
        Map<String, Includes.Source> included = includes.runs();
        Map<String, RunSpec> runs = new LinkedHashMap<>();
        included.forEach((name, source) -> runs.put(name, source.run()));
        if (spec.runs() != null) {
            for (var run : spec.runs().entrySet()) {
                if (included.containsKey(run.getKey())) {
                    throw new SceneValidator(file, parsed.locations(), Map.of()).error("/runs/" + run.getKey(), "the run '"
                            + run.getKey() + "' is also defined in " + included.get(run.getKey()).file().getFileName()
                            + ", which this scene includes; give one of them another name.");
                }
                runs.put(run.getKey(), run.getValue());
            }
        }
        SceneSpec merged = new SceneSpec(spec.include(), runs, spec.figure(), spec.timeline(), spec.outputs(), spec.check());
        return new SceneValidator(file, parsed.locations(), included).validate(merged)
                .withDigest(SceneDigest.of(text, includes.digest()));
    }

    /** A file's records and where each key stands in it. */
    record Parsed<T>(T spec, YamlLocations locations, String text) {}

    /** Reads and binds {@code file} as a {@code type}, strictly, as scenes are. */
    <T> Parsed<T> parseFile(Path file, Class<T> type) throws SceneError {
        return parse(file, read(file), type);
    }

    private <T> Parsed<T> parse(Path file, String text, Class<T> type) throws SceneError {
        T spec;
        try {
            Aliases.refuse(file, factory, text);
            spec = mapper.readValue(text, type);
            if (spec == null) throw new SceneError(file, 1, 1, Messages.empty());
        } catch (JsonProcessingException e) {
            throw translate(file, text, e);
        } catch (IOException e) {
            throw new SceneError(file, 0, 0, Messages.malformed(e.getMessage()));
        }
        try {
            return new Parsed<>(spec, YamlLocations.index(factory, text), text);
        } catch (IOException e) {
            throw new SceneError(file, 0, 0, Messages.malformed(e.getMessage()));
        }
    }

    private SceneError translate(Path file, String text, JsonProcessingException e) {
        SceneError syntax = YamlSyntax.of(file, e);
        if (syntax != null) return syntax;
        JsonLocation at = e instanceof UnrecognizedPropertyException u ? keyLocation(text, u) : e.getLocation();
        int line = at == null ? 0 : at.getLineNr();
        int column = at == null ? 0 : at.getColumnNr();
        if (e.getOriginalMessage() != null && e.getOriginalMessage().startsWith("No content to map")) {
            return new SceneError(file, 1, 1, Messages.empty());
        }
        return new SceneError(file, line, column, describe(e, text));
    }

    /**
     * Where the unknown key itself is written. Jackson reports where it stopped reading, which in a
     * block mapping is the line after the mapping ends, far from the key.
     */
    private JsonLocation keyLocation(String text, UnrecognizedPropertyException u) {
        StringBuilder pointer = new StringBuilder();
        for (JsonMappingException.Reference r : u.getPath()) {
            pointer.append('/').append(r.getIndex() >= 0 ? String.valueOf(r.getIndex()) : r.getFieldName());
        }
        try {
            JsonLocation found = YamlLocations.index(factory, text).find(pointer.toString());
            return found == null ? u.getLocation() : found;
        } catch (IOException e) {
            return u.getLocation();
        }
    }

    private static String describe(JsonProcessingException e, String text) {
        if (e instanceof UnrecognizedPropertyException u) {
            return Messages.unknownKey(u.getPropertyName(), where(u), u.getKnownPropertyIds());
        }
        if (e instanceof InvalidTypeIdException t) {
            List<String> kinds = KindNames.of(t.getBaseType().getRawClass());
            return t.getTypeId() == null ? Messages.missingKind(where(t), kinds)
                    : Messages.unknownKind(t.getTypeId(), where(t), kinds);
        }
        if (e instanceof MismatchedInputException m && m.getTargetType() != null) {
            if (m.getPath().isEmpty()) return Messages.notAScene(Written.found(m, text));
            return Messages.wrongType(pathOf(m), KindNames.expected(m.getTargetType()), Written.found(m, text));
        }
        if (e.getOriginalMessage() != null && e.getOriginalMessage().startsWith("Duplicate field")) {
            return Messages.duplicateKey(e.getOriginalMessage().replaceAll(".*'(.*)'.*", "$1"));
        }
        return Messages.malformed(e.getOriginalMessage());
    }

    private static String where(JsonMappingException e) {
        String path = pathOf(e);
        return path.isEmpty() ? "the scene" : "'" + path + "'";
    }

    /** The dotted path to the failing value, for example {@code figure.panels[0].marks[1]}. */
    static String pathOf(JsonMappingException e) {
        StringBuilder out = new StringBuilder();
        List<JsonMappingException.Reference> refs = e.getPath();
        for (int i = 0; i < refs.size() - (e instanceof UnrecognizedPropertyException ? 1 : 0); i++) {
            JsonMappingException.Reference r = refs.get(i);
            if (r.getIndex() >= 0) out.append('[').append(r.getIndex()).append(']');
            else out.append(out.isEmpty() ? "" : ".").append(r.getFieldName());
        }
        return out.toString();
    }
}
