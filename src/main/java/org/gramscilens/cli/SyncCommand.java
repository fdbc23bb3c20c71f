package org.gramscilens.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.gramscilens.course.Course;
import org.gramscilens.progress.Profile;
import org.gramscilens.progress.Profiles;
import org.gramscilens.progress.ProgressStore;
import org.gramscilens.settings.DataDirectory;
import org.gramscilens.xapi.Actor;
import org.gramscilens.xapi.LrsClient;
import org.gramscilens.xapi.StatementBuilder;
import org.gramscilens.xapi.SyncState;
import org.gramscilens.xapi.XapiCourse;
import org.gramscilens.xapi.XapiSender;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code sync [--profile ID | --all] --lrs URL --key K --secret S}: sends the learners' waiting xAPI
 * statements to an LRS (docs/xapi.md). Exit status: 0 everything sent, 1 something still waiting, 2 wrong
 * arguments.
 */
@Command(
        name = "sync",
        mixinStandardHelpOptions = true,
        description = "Send learners' waiting xAPI statements to a Learning Record Store (docs/xapi.md).",
        footer = {
            "",
            "Exit status: 0 everything sent, 1 statements still waiting (the reason is printed), 2 wrong arguments."
        })
public final class SyncCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(
            names = "--profile",
            paramLabel = "ID",
            description = "One profile (default: the one chosen last, or the only one).")
    private String profile;

    @Option(names = "--all", description = "Every profile in the data folder.")
    private boolean all;

    @Option(names = "--lrs", required = true, paramLabel = "URL", description = "The LRS's xAPI endpoint.")
    private String lrs;

    @Option(names = "--key", required = true, paramLabel = "K", description = "The LRS key (Basic auth user).")
    private String key;

    @Option(
            names = "--secret",
            required = true,
            paramLabel = "S",
            description = "The LRS secret (Basic auth password).")
    private String secret;

    @Option(
            names = "--share-reflections",
            description = "Include the text of reflections (off: only that one was written).")
    private boolean shareReflections;

    @Option(names = "--content", paramLabel = "DIR", description = "The course (default: the bundled course).")
    private Path content;

    @Option(names = "--data-dir", paramLabel = "DIR", description = "Where progress is kept.")
    private Path dataDir;

    @Override
    public Integer call() {
        if (all && profile != null) {
            throw new ParameterException(spec.commandLine(), "Give --profile ID or --all, not both");
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Course course = XapiSupport.course(spec, content);
        XapiCourse xc = XapiCourse.of(course);
        LrsClient client = XapiSupport.client(spec, lrs, key, secret);
        Path data = DataDirectory.resolve(dataDir);
        Profiles profiles = new Profiles(data);
        List<Profile> chosen = choose(profiles, data);
        int status = 0;
        for (Profile p : chosen) {
            try (ProgressStore store = ProgressStore.open(p.folder())) {
                SyncState state = SyncState.open(p.folder());
                StatementBuilder builder =
                        new StatementBuilder(xc, Actor.pseudonymous(state.pseudonym()), shareReflections);
                XapiSender.Report r = new XapiSender(client, XapiSender.Options.defaults())
                        .sync(builder, store.view(), state, n -> {});
                out.println("sync: " + p.id() + ": sent " + r.sent() + ", refused " + r.rejected() + ", waiting "
                        + r.waiting());
                if (r.problem() != null) {
                    err.println("sync: " + p.id() + ": " + r.problem());
                    status = 1;
                }
            } catch (UncheckedIOException e) {
                err.println("sync: " + p.id() + ": " + e.getMessage());
                status = 1;
            }
        }
        XapiSupport.flush(out, err);
        return status;
    }

    private List<Profile> choose(Profiles profiles, Path data) {
        List<Profile> list = profiles.list();
        if (list.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "There are no learner profiles in " + data);
        }
        if (all) {
            return list;
        }
        if (profile != null) {
            return List.of(profiles.find(profile)
                    .orElseThrow(() ->
                            new ParameterException(spec.commandLine(), "No profile '" + profile + "' in " + data)));
        }
        if (list.size() == 1) {
            return list;
        }
        return List.of(profiles.lastChosen()
                .orElseThrow(() -> new ParameterException(
                        spec.commandLine(),
                        "Several profiles in " + data + ": choose one with --profile ID, or --all")));
    }
}
