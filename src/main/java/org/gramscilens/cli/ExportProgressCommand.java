package org.gramscilens.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.gramscilens.files.AtomicWrite;
import org.gramscilens.progress.Issue;
import org.gramscilens.progress.Profile;
import org.gramscilens.progress.Profiles;
import org.gramscilens.progress.ProgressExport;
import org.gramscilens.progress.ProgressStore;
import org.gramscilens.progress.ProgressStoreException;
import org.gramscilens.review.CourseQuestions;
import org.gramscilens.review.DisplayText;
import org.gramscilens.review.ProgressCsv;
import org.gramscilens.settings.DataDirectory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code export progress --to csv|json -o FILE [--profile ID] [--data-dir DIR]}: writes a learner's
 * progress as CSV (one row per quiz answer) or JSON (everything, in the progress file's own format; see
 * docs/progress-format.md). Without {@code --profile}, the profile chosen last in the app, or the only
 * one. A profile the app has open is read as it was last saved. Exit status: 0 written, 1 nothing to
 * export or the file could not be written, 2 wrong arguments.
 */
@Command(
        name = "progress",
        description = "Export a learner's progress: CSV (one row per answer or reflection, answers as the app"
                + " shows them) or JSON (everything).",
        footer = {
            "",
            "Without --profile: the profile chosen last in the app, or the only one.",
            "Exit status: 0 written, 1 no profile to export or the file could not be written, 2 wrong arguments."
        })
public final class ExportProgressCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(
            names = "--to",
            required = true,
            paramLabel = "FORMAT",
            description = "csv, json, or xapi (a JSON array of xAPI statements an LRS accepts as is; docs/xapi.md).")
    private String to;

    @Option(
            names = {"-o", "--output"},
            required = true,
            paramLabel = "FILE",
            description = "The file to write.")
    private Path output;

    @Option(names = "--profile", paramLabel = "ID", description = "The profile's id (its folder name under profiles/).")
    private String profile;

    @Option(
            names = "--data-dir",
            paramLabel = "DIR",
            description =
                    "Where progress is kept (default: the app's --data-dir, $GRAMSCI_LENS_HOME or the platform's data folder).")
    private Path dataDir;

    @Option(
            names = "--content",
            paramLabel = "DIR",
            description = "With --to csv or xapi: the course (default: the bundled course).")
    private Path content;

    @Option(
            names = {"-h", "--help"},
            usageHelp = true,
            description = "Show this help and exit.")
    private boolean help;

    @Override
    public Integer call() {
        boolean csv = switch (to.toLowerCase(Locale.ROOT)) {
            case "csv" -> true;
            case "json", "xapi" -> false;
            default ->
                throw new ParameterException(spec.commandLine(), "Unknown format '" + to + "': use csv, json or xapi");
        };
        PrintWriter err = spec.commandLine().getErr();
        Path data = DataDirectory.resolve(dataDirGiven());
        Profiles profiles = new Profiles(data);
        List<Profile> all = profiles.list();
        if (all.isEmpty()) {
            err.println("progress: there are no learner profiles in " + data + "; nothing to export");
            err.flush();
            return 1;
        }
        Profile chosen = choose(profiles, all, data);
        // Read-only: an export never moves a damaged file aside or compacts, so the app still finds
        // (and offers to restore) exactly what it would have found.
        try (ProgressStore store = ProgressStore.openForReading(chosen.folder())) {
            for (Issue issue : store.openReport().issues()) {
                if (issue.kind() == Issue.Kind.NEWER_FORMAT) {
                    err.println("progress: cannot export profile '" + chosen.id() + "': "
                            + issue.message().replace('\n', ' '));
                    err.flush();
                    return 1;
                }
                err.println("progress: note: " + issue.message().replace('\n', ' '));
            }
            int answers = write(store, csv, chosen);
            PrintWriter out = spec.commandLine().getOut();
            out.println("progress: wrote " + answers + (answers == 1 ? " answer" : " answers") + " of profile '"
                    + chosen.id() + "' to " + output);
            out.flush();
            err.flush();
            return 0;
        } catch (IOException | ProgressStoreException e) {
            err.println("progress: " + e.getMessage());
            err.flush();
            return 1;
        }
    }

    /** This command's --data-dir, else the app's ({@code gramsci-lens --data-dir X export progress}). */
    private Path dataDirGiven() {
        if (dataDir != null) {
            return dataDir;
        }
        for (CommandSpec s = spec.parent(); s != null; s = s.parent()) {
            OptionSpec option = s.findOption("--data-dir");
            if (option != null && option.getValue() != null) {
                return option.getValue();
            }
        }
        return null;
    }

    private Profile choose(Profiles profiles, List<Profile> all, Path data) {
        String ids = all.stream().map(Profile::id).collect(Collectors.joining(", "));
        if (profile != null) {
            return profiles.find(profile)
                    .orElseThrow(() -> new ParameterException(
                            spec.commandLine(),
                            "No profile '" + profile + "' in " + data + " (profiles: " + ids + ")"));
        }
        if (all.size() == 1) {
            return all.get(0);
        }
        return profiles.lastChosen()
                .orElseThrow(() -> new ParameterException(
                        spec.commandLine(),
                        "Several profiles in " + data + " (" + ids + "): choose one with --profile ID"));
    }

    private int write(ProgressStore store, boolean csv, Profile learner) throws IOException {
        var view = store.view();
        // The CSV shows answers as the app does (option numbers and texts), so it needs the course.
        var course = csv ? XapiSupport.course(spec, content) : null;
        AtomicWrite.write(output, out -> {
            Writer w = new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8);
            if (to.equalsIgnoreCase("xapi")) {
                XapiExport.write(spec, content, store, w);
            } else if (csv) {
                var parser = new org.gramscilens.markdown.syntax.MarkdownParser();
                ProgressCsv.write(
                        view, learner.displayName(), CourseQuestions.load(course), new DisplayText(course, parser), w);
            } else {
                ProgressExport.toJson(view, java.time.Instant.now(), w);
            }
            w.flush();
        });
        return view.attemptCount();
    }
}
