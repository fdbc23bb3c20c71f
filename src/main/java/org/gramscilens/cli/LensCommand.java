package org.gramscilens.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.gramscilens.course.BundledCourse;
import org.gramscilens.settings.DataDirectory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code gramsci-lens [--content DIR] [--data-dir DIR]}: opens the app; subcommands do the rest. */
@Command(
        name = "gramsci-lens",
        mixinStandardHelpOptions = true,
        versionProvider = LensCommand.Version.class,
        description = "An offline course on medical leadership through Antonio Gramsci's ideas.%n"
                + "With no command, opens the app on the bundled course.",
        subcommands = {
            ValidateCommand.class,
            ConvertCommand.class,
            ExportCommand.class,
            BenchCommand.class,
            ListCommand.class,
            SyncCommand.class,
            ClassCommand.class
        })
public final class LensCommand implements Callable<Integer> {
    /** Returned by {@link #call()} when the GUI was opened and the process must keep running. */
    public static final int GUI_RUNNING = -1;

    @Option(
            names = "--content",
            paramLabel = "DIR",
            description = "Course folder to open (default: the bundled course).")
    Path content;

    @Option(
            names = "--data-dir",
            paramLabel = "DIR",
            description =
                    "Where progress and settings are kept (default: $GRAMSCI_LENS_HOME or the platform's data folder).")
    Path dataDir;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final Gui gui;

    public LensCommand(Gui gui) {
        this.gui = gui;
    }

    Gui gui() {
        return gui;
    }

    /** The course folder to open: --content, else the bundled course; null if neither exists. */
    Path contentOrBundled() {
        return content != null ? content : BundledCourse.locate().orElse(null);
    }

    @Override
    public Integer call() {
        return openGui(gui, content, dataDir, false, spec.commandLine().getErr());
    }

    /**
     * Opens the app on {@code content} (null: the bundled course). For a start-up benchmark without a
     * data folder, a fresh temporary one is used so the learner's settings do not affect the figure.
     */
    static int openGui(Gui gui, Path content, Path dataDir, boolean benchStartup, java.io.PrintWriter err) {
        Path course = content != null ? content : BundledCourse.locate().orElse(null);
        if (course == null) {
            err.println("gramsci-lens: the bundled course was not found (looked in " + BundledCourse.candidates()
                    + "); give one with --content DIR");
            return 1;
        }
        Path data;
        try {
            data = benchStartup && dataDir == null
                    ? java.nio.file.Files.createTempDirectory("gramsci-bench")
                    : DataDirectory.resolve(dataDir);
        } catch (java.io.IOException e) {
            err.println("gramsci-lens: cannot create a temporary data folder: " + e.getMessage());
            return 1;
        }
        gui.open(course, data, benchStartup);
        return GUI_RUNNING;
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = LensCommand.class.getPackage().getImplementationVersion();
            return new String[] {"gramsci-lens " + (v == null ? "(development build)" : v)};
        }
    }
}
