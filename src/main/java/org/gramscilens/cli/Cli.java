package org.gramscilens.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine;

/** Parses and runs a command line; wrong arguments give one line and a hint, exit 2, never a stack trace. */
public final class Cli {
    public static final int GUI_RUNNING = LensCommand.GUI_RUNNING;

    private Cli() {}

    public static CommandLine commandLine(Gui gui, PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new LensCommand(gui));
        cl.setOut(out);
        cl.setErr(err);
        cl.setParameterExceptionHandler((ex, args) -> {
            CommandLine c = ex.getCommandLine();
            String name = c.getCommandSpec().qualifiedName();
            c.getErr()
                    .println(name + ": "
                            + unknownCommand(ex)
                                    .orElseGet(() ->
                                            ex.getMessage().lines().findFirst().orElse("bad arguments")));
            c.getErr().println("Try '" + name + " --help'.");
            return 2;
        });
        cl.setExecutionExceptionHandler((ex, c, parsed) -> {
            c.getErr().println(c.getCommandSpec().qualifiedName() + ": " + ex);
            return 1;
        });
        return cl;
    }

    /**
     * "unknown command 'X'; commands are ..." when the first word after a command with subcommands is
     * neither an option nor one of them (picocli's own text is "Unmatched argument at index 0").
     */
    static Optional<String> unknownCommand(CommandLine.ParameterException ex) {
        if (!(ex instanceof CommandLine.UnmatchedArgumentException u)
                || u.getUnmatched().isEmpty()) {
            return Optional.empty();
        }
        var sub = u.getCommandLine().getSubcommands();
        String word = u.getUnmatched().get(0);
        if (sub.isEmpty() || word.startsWith("-")) {
            return Optional.empty();
        }
        return Optional.of("unknown command '" + word + "'; commands are " + String.join(", ", sub.keySet()));
    }

    /** What the plain "open the app" command line says. */
    record GuiArgs(Path content, Path dataDir, boolean benchStartup) {}

    /**
     * Recognises the command lines that only open the app ({@code [--content DIR] [--data-dir DIR]
     * [bench startup]}) without building picocli's model, which costs a fifth of a second of start-up.
     * Anything else, including every malformed line, is left to picocli.
     */
    static Optional<GuiArgs> quickGuiArgs(String[] args) {
        Path content = null;
        Path dataDir = null;
        int end = args.length;
        boolean bench = end >= 2 && args[end - 2].equals("bench") && args[end - 1].equals("startup");
        if (bench) {
            end -= 2;
        }
        for (int i = 0; i < end; i++) {
            String a = args[i];
            String name = a.contains("=") ? a.substring(0, a.indexOf('=')) : a;
            String value;
            if (a.contains("=")) {
                value = a.substring(a.indexOf('=') + 1);
            } else if (i + 1 < end && !args[i + 1].startsWith("-")) {
                value = args[++i];
            } else {
                return Optional.empty();
            }
            if (value.isEmpty()) {
                return Optional.empty();
            }
            if (name.equals("--content") && content == null) {
                content = Path.of(value);
            } else if (name.equals("--data-dir") && dataDir == null) {
                dataDir = Path.of(value);
            } else {
                return Optional.empty();
            }
        }
        return Optional.of(new GuiArgs(content, dataDir, bench));
    }

    /** Runs the command line; returns the exit code, or {@link #GUI_RUNNING} when the app window was opened. */
    public static int run(String[] args, Gui gui, PrintWriter out, PrintWriter err) {
        Optional<GuiArgs> quick;
        try {
            quick = quickGuiArgs(args);
        } catch (java.nio.file.InvalidPathException e) {
            quick = Optional.empty();
        }
        if (quick.isPresent()) {
            GuiArgs g = quick.get();
            int code = LensCommand.openGui(gui, g.content(), g.dataDir(), g.benchStartup(), err);
            err.flush();
            return code;
        }
        int code = commandLine(gui, out, err).execute(args);
        out.flush();
        err.flush();
        return code;
    }
}
