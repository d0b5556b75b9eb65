package figs.render.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** docs/ci-example.yml stays a workflow whose figs command this figs accepts. */
class CiExampleTest {
    @Test
    void theWorkflowRunsACheckWithOptionsThatExist() throws Exception {
        JsonNode workflow = new ObjectMapper(new YAMLFactory()).readTree(Path.of("..", "docs", "ci-example.yml").toFile());
        List<String> runs = new ArrayList<>();
        for (JsonNode step : workflow.at("/jobs/check/steps")) if (step.has("run")) runs.add(step.get("run").asText());
        String check = runs.stream().filter(r -> r.contains("figs.jar")).findFirst().orElseThrow();
        // The words after the jar, line continuations joined, are figs's own arguments.
        String[] words = check.replace("\\\n", " ").trim().split("\\s+");
        int jar = Arrays.asList(words).indexOf("-jar");
        String[] args = Arrays.copyOfRange(words, jar + 2, words.length);
        assertEquals("check", args[0]);
        CommandLine.ParseResult parsed = Figs.commandLine().parseArgs(args);
        assertTrue(parsed.hasSubcommand(), String.join(" ", args));
        assertEquals("figures.lock", parsed.subcommand().matchedOptionValue("--lock", null).toString());
        assertTrue(workflow.at("/jobs/check/steps").toString().contains("actions/upload-artifact"), "the report is kept");
    }
}
