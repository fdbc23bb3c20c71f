package org.gramscilens.ui.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.gramscilens.progress.ProgressStore;
import org.gramscilens.progress.QuizAttempt;
import org.gramscilens.quiz.ReviewState;
import org.gramscilens.review.ReviewStateJson;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A learner takes a three-question quiz from the bundled course with the keyboard only: a multiple
 * choice (the right answer is option 4), a true/false statement that is true, and a missing word
 * ("hierarchic"). Then retries what they missed.
 */
@ExtendWith(ApplicationExtension.class)
class QuizKeyboardFlowTest {
    private static final String MC = "who-are-medical-leaders-q2";
    private static final String TF = "who-are-medical-leaders-q3";
    private static final String GAP = "who-are-medical-leaders-q4";

    @TempDir
    Path dir;

    private final QuizFixture fixture = new QuizFixture();
    private ProgressStore store;
    private QuizView view;

    @Start
    void start(Stage stage) throws Exception {
        store = QuizFixture.store(dir);
        QuizSession session = QuizFixture.sessions(store).of("Who are medical leaders?", QuizFixture.pick(MC, TF, GAP));
        view = fixture.show(stage, session);
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    @Test
    void aQuizTakenByKeyboardShowsFeedbackRightAnswersASummaryAndARetryAndIsSaved(FxRobot robot) {
        assertThat(QuizFixture.questionText(robot))
                .startsWith("According to the lesson, what does the deck's portrait");
        assertThat(QuizFixture.label(robot, "#quiz-progress")).isEqualTo("Question 1 of 3");

        robot.type(KeyCode.DIGIT2).type(KeyCode.DIGIT4);
        assertThat(view.session().isChosen(3))
                .as("the last number pressed chooses")
                .isTrue();
        robot.type(KeyCode.ENTER);
        assertThat(robot.lookup("#quiz-feedback").query().isVisible()).isTrue();
        assertThat(QuizFixture.label(robot, "#quiz-verdict")).contains("Right");
        assertThat(QuizFixture.text(robot, "#quiz-feedback"))
                .contains("The portrait defines a medical leader by a way of working");
        assertThat(QuizFixture.label(robot, "#quiz-score")).isEqualTo("Score so far: 1 of 1");

        robot.type(KeyCode.N);
        assertThat(QuizFixture.questionText(robot))
                .startsWith("True or false? For Gramsci the collective intellectual");
        robot.type(KeyCode.F).type(KeyCode.ENTER);
        assertThat(QuizFixture.label(robot, "#quiz-verdict")).contains("Not right");
        assertThat(QuizFixture.label(robot, "#quiz-right-answer")).isEqualTo("Right answer: True");
        assertThat(QuizFixture.text(robot, "#quiz-feedback"))
                .contains("This statement is true.")
                .contains("See \"Ad hoc networks as a collective intellectual\"");
        assertThat(robot.lookup("#quiz-read").queryLabeled().getText())
                .isEqualTo("Read: Ad hoc networks as a collective intellectual");

        robot.type(KeyCode.N);
        assertThat(QuizFixture.questionText(robot)).contains("rather than _____ authority");
        robot.write("bureaucratic");
        assertThat(QuizFixture.questionText(robot))
                .as("the typed word fills the gap")
                .contains("rather than bureaucratic authority");
        robot.type(KeyCode.ENTER);
        assertThat(QuizFixture.label(robot, "#quiz-right-answer")).isEqualTo("Right answer: hierarchic");
        assertThat(QuizFixture.label(robot, "#quiz-next")).isEqualTo("See your score");

        robot.type(KeyCode.N);
        String summary = QuizFixture.text(robot, "#quiz-summary");
        assertThat(summary)
                .contains("You scored 1 out of 3 (33%).")
                .contains("2 questions to look at again")
                .contains("Right answer: True")
                .contains("Right answer: hierarchic")
                .doesNotContain("job titles, seniority");
        assertThat(robot.lookup("#quiz-retry").query().isFocused())
                .as("Retry missed has the focus")
                .isTrue();

        robot.type(KeyCode.ENTER);
        assertThat(view.session().kind()).isEqualTo(QuizSession.Kind.RETRY);
        assertThat(QuizFixture.label(robot, "#quiz-progress")).isEqualTo("Question 1 of 2");
        robot.type(KeyCode.T).type(KeyCode.ENTER).type(KeyCode.N);
        robot.write("Hierarchic").type(KeyCode.ENTER);
        assertThat(QuizFixture.label(robot, "#quiz-verdict")).contains("Right");
        robot.type(KeyCode.N);
        assertThat(QuizFixture.text(robot, "#quiz-summary"))
                .contains("You scored 2 out of 2 (100%).")
                .contains("No questions missed.");
        assertThat(robot.lookup("#quiz-retry").query().isVisible()).isFalse();
        robot.type(KeyCode.ENTER);
        assertThat(fixture.closed).as("Enter on the focused Back to lesson").isEqualTo(1);

        store.close();
        try (ProgressStore fresh = QuizFixture.store(dir)) {
            List<QuizAttempt> attempts = fresh.view().attempts();
            assertThat(attempts).extracting(QuizAttempt::questionId).containsExactly(MC, TF, GAP, TF, GAP);
            assertThat(attempts)
                    .extracting(a -> a.answer().toString())
                    .containsExactly("\"D\"", "false", "\"bureaucratic\"", "true", "\"Hierarchic\"");
            assertThat(attempts).extracting(QuizAttempt::score).containsExactly(1.0, 0.0, 0.0, 1.0, 1.0);
            assertThat(attempts).allSatisfy(a -> assertThat(a.moduleId()).isEqualTo("03-who-are-medical-leaders"));
            ReviewState tf = ReviewStateJson.fromJson(
                            fresh.view().reviewState(TF).orElseThrow())
                    .orElseThrow();
            assertThat(tf.repetitions()).as("failed, then passed once").isEqualTo(1);
            assertThat(tf.easeFactor()).isEqualTo(2.5 - 0.54 + 0.1, org.assertj.core.data.Offset.offset(1e-9));
            ReviewState mc = ReviewStateJson.fromJson(
                            fresh.view().reviewState(MC).orElseThrow())
                    .orElseThrow();
            assertThat(mc.repetitions()).isEqualTo(1);
            assertThat(mc.intervalDays()).isEqualTo(1);
        }
    }

    @Test
    void theReadLinkPassesTheLessonSectionAndNumbersBeyondTheOptionsDoNothing(FxRobot robot) {
        robot.type(KeyCode.DIGIT9);
        assertThat(view.session().canSubmitProperty().get()).isFalse();
        robot.type(KeyCode.ENTER);
        assertThat(robot.lookup("#quiz-feedback").query().isVisible())
                .as("nothing chosen, nothing checked")
                .isFalse();
        robot.type(KeyCode.DIGIT1).type(KeyCode.ENTER);
        robot.clickOn("#quiz-read");
        assertThat(fixture.opened).containsExactly("who-are-medical-leaders#three-capacities-of-a-leader");
    }
}
