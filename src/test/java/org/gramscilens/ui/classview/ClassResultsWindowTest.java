package org.gramscilens.ui.classview;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.gramscilens.TestCourses;
import org.gramscilens.course.Course;
import org.gramscilens.course.CourseLoader;
import org.gramscilens.markdown.syntax.MarkdownParser;
import org.gramscilens.progress.ProgressStore;
import org.gramscilens.review.AnswerRecorder;
import org.gramscilens.review.CourseQuestions;
import org.gramscilens.settings.ClassSettings;
import org.gramscilens.xapi.Actor;
import org.gramscilens.xapi.ClassReport;
import org.gramscilens.xapi.ClassReportWriter;
import org.gramscilens.xapi.SimulatedLearner;
import org.gramscilens.xapi.Statement;
import org.gramscilens.xapi.StatementBuilder;
import org.gramscilens.xapi.StatementFiles;
import org.gramscilens.xapi.XapiCourse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * File → Class Results… over 10,000 statements handed in as files: built off the FX thread with its
 * progress shown, the table, charts and reflections show the class, and the CSV export is the command line's.
 */
@ExtendWith(ApplicationExtension.class)
class ClassResultsWindowTest {
    private static final int LEARNERS = 100;

    @TempDir
    Path dir;

    private Stage owner;
    private Course course;

    @Start
    void start(Stage stage) throws Exception {
        owner = stage;
        stage.setScene(new Scene(new StackPane(), 300, 200));
        stage.show();
        course = new CourseLoader().load(TestCourses.bundled());
    }

    /** One simulated learner's statements, copied for {@code LEARNERS} pseudonyms: about 10,000 in all. */
    private int handIn(Path folder) throws Exception {
        CourseQuestions questions = CourseQuestions.load(course);
        XapiCourse xc = XapiCourse.of(course, questions, new MarkdownParser());
        List<Statement> one;
        try (ProgressStore store = ProgressStore.open(dir.resolve("learner"))) {
            new SimulatedLearner(7)
                    .answerAll(questions, new AnswerRecorder(store), Instant.parse("2025-03-04T10:00:00Z"));
            one = new StatementBuilder(xc, Actor.pseudonymous("seed"), true).after(store.view(), 0);
        }
        ObjectMapper json = new ObjectMapper();
        Files.createDirectories(folder);
        int n = 0;
        for (int i = 0; i < LEARNERS; i++) {
            ArrayNode array = json.createArrayNode();
            for (Statement s : one) {
                ObjectNode copy = s.json().deepCopy();
                copy.put("id", UUID.randomUUID().toString());
                ((ObjectNode) copy.get("actor").get("account")).put("name", "learner-" + i);
                array.add(copy);
                n++;
            }
            json.writeValue(folder.resolve("learner-" + i + ".json").toFile(), array);
        }
        return n;
    }

    @Test
    void tenThousandHandedInStatementsWithoutFreezingAndTheSameCsvAsTheCommandLine(FxRobot robot) throws Exception {
        Path folder = dir.resolve("handed-in");
        int statements = handIn(folder);
        assertThat(statements).isGreaterThanOrEqualTo(10_000);

        ClassResultsWindow[] window = new ClassResultsWindow[1];
        robot.interact(() -> {
            window[0] = new ClassResultsWindow(owner, course, new MarkdownParser(), ClassSettings.none());
            window[0].show();
            window[0].setFolder(folder);
        });
        boolean[] emptyWhenBuildReturned = new boolean[2];
        robot.interact(() -> {
            window[0].build();
            // build() returns at once: the statements are read on another thread, with progress shown
            emptyWhenBuildReturned[0] = window[0].tabs().table().getItems().isEmpty();
            emptyWhenBuildReturned[1] =
                    robot.lookup("#results-progress").query().isVisible();
        });
        assertThat(emptyWhenBuildReturned).containsExactly(true, true);
        WaitForAsyncUtils.waitFor(
                60, TimeUnit.SECONDS, () -> !window[0].tabs().table().getItems().isEmpty());
        assertThat(robot.lookup("#results-progress").query().isVisible()).isFalse();

        ClassReport expected = new ClassReport(XapiCourse.of(course), null);
        expected.add(StatementFiles.read(folder));
        assertThat(window[0].tabs().questionCount())
                .isEqualTo(expected.questions().size());
        assertThat(robot.lookup("#results-message").queryLabeled().getText())
                .startsWith(LEARNERS + " learners, "
                        + java.text.NumberFormat.getIntegerInstance().format(statements) + " statements");
        assertThat(expected.reflections()).isNotEmpty();
        assertThat(robot.lookup("#results-reflection-count").queryLabeled().getText())
                .isEqualTo("Reflection 1 of "
                        + java.text.NumberFormat.getIntegerInstance()
                                .format(expected.reflections().size()));

        Path csv = dir.resolve("out.csv");
        robot.interact(() -> window[0].export(csv, false));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Files.exists(csv));
        StringWriter cli = new StringWriter();
        ClassReportWriter.csv(expected, cli);
        assertThat(Files.readString(csv)).isEqualTo(cli.toString());
        JsonNode first =
                new ObjectMapper().readTree(folder.resolve("learner-0.json").toFile());
        assertThat(first.size()).isEqualTo(statements / LEARNERS);
    }
}
