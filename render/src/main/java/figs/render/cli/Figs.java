package figs.render.cli;

import figs.render.pipeline.Progress;
import figs.render.run.ToolVersion;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code figs} command line. Exit codes: 0 done, 2 a scene file cannot be rendered as written
 * (nothing is written), 1 anything else (a bad option, a file that cannot be written, ...). Every
 * error is one paragraph, without a stack trace.
 */
@Command(name = "figs", mixinStandardHelpOptions = true, versionProvider = Figs.Version.class,
        description = "Renders publication figures of neural-network training from scene files.",
        subcommands = {RenderCommand.class, LockCommand.class, CheckCommand.class, ListCommand.class, SchemaCommand.class, WatchCommand.class,
            CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done", "1:a bad option, or a file that cannot be read or written", "2:a scene file that cannot be rendered as written",
            "3:a figure differs from figures.lock (figs check)"})
public final class Figs implements Runnable {
    /** Exit code for a scene file that cannot be rendered as written. */
    static final int BAD_SCENE = 2;
    /** Exit code for everything else that goes wrong, bad options included. */
    static final int FAILURE = 1;

    /** Set by {@code --debug}: failures then print their stack trace after the one-paragraph message. */
    static volatile boolean debug;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Option(names = "--debug", scope = CommandLine.ScopeType.INHERIT,
            description = "After each error's one-paragraph message, print its stack trace (for reporting a bug).")
    void debug(boolean on) {
        debug = on;
    }

    /** The stack trace of {@code e} on {@code err}, when {@code --debug} asked for it. */
    static void trace(Throwable e, PrintWriter err) {
        if (debug) e.printStackTrace(err);
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    public static int run(String... args) {
        return commandLine().execute(args);
    }

    /** The command line with figs's exit codes and one-paragraph errors. */
    static CommandLine commandLine() {
        debug = false;
        CommandLine cli = new CommandLine(new Figs());
        cli.setParameterExceptionHandler((e, args) -> {
            PrintWriter err = e.getCommandLine().getErr();
            err.println("figs: " + e.getMessage() + " (see '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help')");
            err.flush();
            return FAILURE;
        });
        cli.setExecutionExceptionHandler((e, line, parsed) -> {
            PrintWriter err = line.getErr();
            err.println("figs: " + describe(e));
            trace(e, err);
            err.flush();
            return FAILURE;
        });
        return cli;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** A failure as one sentence: its message, or its kind when it has none. */
    static String describe(Throwable e) {
        String message = e.getMessage();
        if (e instanceof java.nio.file.NoSuchFileException) return "no such file: " + message;
        if (e instanceof java.nio.file.AccessDeniedException) return "permission denied: " + message;
        if (e instanceof java.nio.file.FileAlreadyExistsException f) return f.getFile() + " is in the way: it exists and is not a folder";
        if (e instanceof java.nio.file.FileSystemException f) {
            return f.getFile() + ": " + (f.getReason() != null ? f.getReason() : e.getClass().getSimpleName());
        }
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }

    /** Bars on a terminal, plain lines otherwise; log lines to standard output, bars to standard error. */
    static Progress progress(CommandLine.Model.CommandSpec spec) {
        java.io.Console console = System.console();
        return Progress.to(spec.commandLine().getOut(), spec.commandLine().getErr(), console != null && console.isTerminal());
    }

    /** {@code figs --version}: the Maven project version the jar was built from. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"figs " + ToolVersion.version()};
        }
    }
}
