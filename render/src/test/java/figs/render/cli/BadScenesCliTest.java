package figs.render.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/** A few of the bad scenes through the command line: exit code 2, the one line, no stack trace, nothing written. */
class BadScenesCliTest {
    private static final Path CORPUS = Path.of("src", "test", "resources", "bad-scenes");

    @TempDir
    Path out;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"alias-bomb", "tab-indentation", "malformed-bad-indent", "nan-noise", "zero-learning-rate",
            "includes-itself", "formula-unknown-variable", "unknown-key-outputs"})
    void exitsWithTwoPrintsTheExpectedLineAndWritesNothing(String name) throws IOException {
        Path scene = CORPUS.resolve(name + ".yaml");
        StringWriter err = new StringWriter();
        CommandLine cli = Figs.commandLine();
        cli.setErr(new PrintWriter(err, true));
        cli.setOut(new PrintWriter(new StringWriter(), true));
        int code = cli.execute("render", scene.toString(), "--out", out.toString());
        assertEquals(Figs.BAD_SCENE, code, err.toString());
        String expected = Files.readString(CORPUS.resolve(name + ".expected")).strip();
        assertEquals(CORPUS.resolve(expected).toString(), err.toString().strip());
        assertFalse(err.toString().contains("Exception") || err.toString().contains("\tat "), "no stack trace: " + err);
        try (Stream<Path> left = Files.list(out)) {
            assertTrue(left.findAny().isEmpty(), "the output folder stays empty");
        }
    }
}
