package figs.render.cli;

import figs.render.scene.SceneSchema;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code figs schema}: the JSON Schema of the scene format, for editors (docs/scene.schema.json is its output). */
@Command(name = "schema", mixinStandardHelpOptions = true, versionProvider = Figs.Version.class,
        description = {"Prints a JSON Schema (draft 2020-12) of the scene format, generated from the scene records.",
            "Scene files name it in their first line for the YAML language server:",
            "  # yaml-language-server: $schema=../docs/scene.schema.json",
            "Regenerate the committed copy with: scripts/figs schema > docs/scene.schema.json"})
final class SchemaCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getOut().print(SceneSchema.json());
        spec.commandLine().getOut().flush();
        return 0;
    }
}
