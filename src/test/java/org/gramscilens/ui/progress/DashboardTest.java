package org.gramscilens.ui.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.gramscilens.TestCourses;
import org.gramscilens.course.CourseLoader;
import org.gramscilens.markdown.syntax.MarkdownParser;
import org.gramscilens.progress.ProgressStore;
import org.gramscilens.quiz.Response;
import org.gramscilens.review.AnswerRecorder;
import org.gramscilens.review.CourseQuestions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Answers recorded in a real store appear as mastery, due reviews and journal entries, and export as files. */
@ExtendWith(ApplicationExtension.class)
class DashboardTest {
    private static final Instant NOW = Instant.parse("2025-03-04T10:00:00Z");

    @TempDir
    Path dir;

    private ProgressStore store;
    private CourseQuestions questions;
    private DashboardModel model;
    private int reviewsStarted;
    private Path exportTo;

    @Start
    void start(Stage stage) throws Exception {
        questions = CourseQuestions.load(new CourseLoader().load(TestCourses.bundled()));
        store = ProgressStore.open(dir.resolve("profile"));
        AnswerRecorder recorder = new AnswerRecorder(store);
        recorder.submit(questions.find("cadres-q1").orElseThrow(), new Response.SingleChoice(0), 1000, NOW);
        recorder.submit(questions.find("cadres-q1").orElseThrow(), answerRight("cadres-q1"), 1000, NOW);
        recorder.submit(questions.find("cadres-q6").orElseThrow(), answerRight("cadres-q6"), 1000, NOW);
        recorder.submit(
                questions.find("who-are-medical-leaders-q3").orElseThrow(), new Response.TrueOrFalse(false), 1000, NOW);
        recorder.submit(
                questions.find("who-are-medical-leaders-q9").orElseThrow(),
                new Response.EssayText("Leading by example."),
                1000,
                NOW);
        model = new DashboardModel(questions, store, new MarkdownParser(), Clock.fixed(NOW, ZoneOffset.UTC));
        ProgressDashboard view = new ProgressDashboard(model, this::startReview, format -> Optional.of(exportTo));
        Scene scene = new Scene((Parent) view.node(), 1000, 800);
        stage.setScene(scene);
        stage.show();
    }

    /** The index of the first full-credit choice, or true for a true/false question. */
    private Response answerRight(String id) {
        var q = questions.find(id).orElseThrow().question();
        if (q instanceof org.gramscilens.quiz.TrueFalse tf) {
            return new Response.TrueOrFalse(tf.answer());
        }
        var choices = ((org.gramscilens.quiz.MultipleChoice) q).choices();
        for (int i = 0; i < choices.size(); i++) {
            if (choices.get(i).weight() == 100) {
                return new Response.SingleChoice(i);
            }
        }
        throw new AssertionError(id + " has no right choice");
    }

    private void startReview() {
        reviewsStarted++;
    }

    @AfterEach
    void close() {
        store.close();
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    @Test
    void showsMasteryPerModuleWhatIsDueAndTheJournal(FxRobot robot) {
        long graded = questions.forModule("04-cadres").stream()
                .filter(q -> q.isGraded())
                .count();
        assertThat(text(robot, "#dash-mastery-04-cadres"))
                .isEqualTo("2 of " + graded + " \u00b7 " + Math.round(200.0 / graded) + "%");
        assertThat(text(robot, "#dash-mastery-03-who-are-medical-leaders")).startsWith("0 of ");
        assertThat(text(robot, "#dash-due"))
                .as("the true/false question was missed")
                .isEqualTo("1 question due for review");
        assertThat(robot.lookup("#dash-journal").query().lookupAll(".dash-journal-text"))
                .extracting(n -> ((Label) n).getText())
                .containsExactly("Leading by example.");
        assertThat(robot.lookup("#dash-chart").query().isVisible())
                .as("one day: no full-size chart")
                .isFalse();
        assertThat(model.locale())
                .as("the bundled course is en-GB")
                .isEqualTo(java.util.Locale.forLanguageTag("en-GB"));
        assertThat(text(robot, "#dash-chart-single"))
                .as("an en-GB date, day first")
                .matches("So far one day with answers: \\d{1,2} [A-Z][a-z]{2} \\d{4}, mean score \\d+%\\..*");
        robot.clickOn("#dash-start-review");
        assertThat(reviewsStarted).isEqualTo(1);
    }

    @Test
    void exportsACsvWithAHeaderAndOneRowPerAttempt(FxRobot robot) throws Exception {
        exportTo = dir.resolve("progress.csv");
        robot.press(KeyCode.ALT, KeyCode.C).release(KeyCode.C, KeyCode.ALT); // the button's mnemonic
        WaitForAsyncUtils.waitFor(
                10, TimeUnit.SECONDS, () -> text(robot, "#dash-export-status").startsWith("Exported"));
        assertThat(text(robot, "#dash-export-status")).isEqualTo("Exported 4 answers to " + exportTo + ".");
        List<String> lines = Files.readAllLines(exportTo, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(6).anyMatch(l -> l.contains(",reflection,"));
        assertThat(lines.get(0)).isEqualTo(org.gramscilens.review.ProgressCsv.HEADER);
        List<String> answers = lines.subList(1, lines.size()).stream()
                .filter(l -> l.contains(",answer,"))
                .toList();
        assertThat(answers)
                .extracting(l -> l.split(",")[3])
                .containsExactly("cadres-q1", "cadres-q1", "cadres-q6", "who-are-medical-leaders-q3");
        assertThat(answers.get(3)).contains(",answer,False,");

        exportTo = dir.resolve("progress.json");
        robot.press(KeyCode.ALT, KeyCode.J).release(KeyCode.J, KeyCode.ALT);
        WaitForAsyncUtils.waitFor(
                10, TimeUnit.SECONDS, () -> text(robot, "#dash-export-status").contains("progress.json"));
        assertThat(Files.readString(exportTo))
                .startsWith("{")
                .contains("\"schemaVersion\"")
                .contains("Leading by example.");
        assertThat(dir.resolve("progress.json.tmp")).doesNotExist();
    }
}
