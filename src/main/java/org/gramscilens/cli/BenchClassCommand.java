package org.gramscilens.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.gramscilens.course.Course;
import org.gramscilens.progress.Profile;
import org.gramscilens.progress.Profiles;
import org.gramscilens.progress.ProgressStore;
import org.gramscilens.review.AnswerRecorder;
import org.gramscilens.review.CourseQuestions;
import org.gramscilens.xapi.Actor;
import org.gramscilens.xapi.ClassReport;
import org.gramscilens.xapi.LrsClient;
import org.gramscilens.xapi.SimulatedLearner;
import org.gramscilens.xapi.StatementBuilder;
import org.gramscilens.xapi.SyncState;
import org.gramscilens.xapi.XapiCourse;
import org.gramscilens.xapi.XapiSender;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bench class --learners N --lrs URL --key K --secret S [--data-dir DIR]}: makes N learner profiles,
 * answers every question of the course in each through the real progress store (seeded random answers),
 * syncs them all to the LRS and builds the class report from it. Prints {@code learners},
 * {@code statements-sent}, {@code sync-ms} (all learners), {@code sync-max-learner-ms}, {@code report-ms}
 * and {@code record-median-us} (one answer, through the store).
 */
@Command(
        name = "class",
        mixinStandardHelpOptions = true,
        description = "Sync N simulated learners to an LRS and build the class report.")
public final class BenchClassCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--learners", required = true, paramLabel = "N")
    private int learners;

    @Option(names = "--lrs", required = true, paramLabel = "URL")
    private String lrs;

    @Option(names = "--key", required = true, paramLabel = "K")
    private String key;

    @Option(names = "--secret", required = true, paramLabel = "S")
    private String secret;

    @Option(
            names = "--data-dir",
            paramLabel = "DIR",
            description = "Where to make the profiles (default: a new temporary folder).")
    private Path dataDir;

    @Option(names = "--content", paramLabel = "DIR", description = "The course (default: the bundled course).")
    private Path content;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Course course = XapiSupport.course(spec, content);
        CourseQuestions questions = CourseQuestions.load(course);
        XapiCourse xc = XapiCourse.of(course, questions, new org.gramscilens.markdown.syntax.MarkdownParser());
        LrsClient client = XapiSupport.client(spec, lrs, key, secret);
        Path data = dataDir != null ? dataDir : Files.createTempDirectory("gramsci-bench-class");
        Profiles profiles = new Profiles(data);
        List<Long> recordNanos = new ArrayList<>();
        int sent = 0;
        long syncNanos = 0;
        long maxLearner = 0;
        for (int i = 0; i < learners; i++) {
            Profile p = profiles.create("Learner " + (i + 1));
            try (ProgressStore store = profiles.open(p.id())) {
                AnswerRecorder recorder = new AnswerRecorder(store);
                SimulatedLearner learner = new SimulatedLearner(i);
                for (var q : questions.all()) {
                    if (q.question().kind() == org.gramscilens.quiz.Question.Kind.DESCRIPTION) {
                        continue;
                    }
                    long t0 = System.nanoTime();
                    recorder.submit(q, learner.response(q.question()), 10_000, Instant.now());
                    recordNanos.add(System.nanoTime() - t0);
                }
                SyncState state = SyncState.open(p.folder());
                StatementBuilder builder = new StatementBuilder(xc, Actor.pseudonymous(state.pseudonym()), true);
                long t0 = System.nanoTime();
                XapiSender.Report r = new XapiSender(client, XapiSender.Options.defaults())
                        .sync(builder, store.view(), state, n -> {});
                long took = System.nanoTime() - t0;
                syncNanos += took;
                maxLearner = Math.max(maxLearner, took);
                if (r.problem() != null) {
                    spec.commandLine().getErr().println("bench class: " + p.id() + ": " + r.problem());
                    spec.commandLine().getErr().flush();
                    return 1;
                }
                sent += r.sent();
            }
        }
        long t0 = System.nanoTime();
        ClassReport report = new ClassReport(xc, null);
        report.addFrom(client);
        report.questions();
        long reportNanos = System.nanoTime() - t0;
        recordNanos.sort(null);
        out.println("learners " + learners);
        out.println("statements-sent " + sent);
        out.println("sync-ms " + syncNanos / 1_000_000);
        out.println("sync-max-learner-ms " + maxLearner / 1_000_000);
        out.println("report-ms " + reportNanos / 1_000_000);
        out.println("report-statements " + report.statementCount());
        out.println(
                "record-median-us " + (recordNanos.isEmpty() ? 0 : recordNanos.get(recordNanos.size() / 2) / 1_000));
        out.flush();
        return 0;
    }
}
