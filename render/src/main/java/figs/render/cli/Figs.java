package figs.render.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code figs} command line. */
@Command(name = "figs", mixinStandardHelpOptions = true, version = "figs 0.1.0",
        description = "Renders publication figures of neural-network training from scene files.",
        subcommands = {RenderCommand.class})
public final class Figs implements Runnable {
    /** Exit code for a scene file that cannot be rendered as written. */
    static final int BAD_SCENE = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    public static int run(String... args) {
        return new CommandLine(new Figs()).execute(args);
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
