package org.gramscilens.ui.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.gramscilens.progress.ProgressStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class QuizEssayAndReadOnlyTest {
    private static final String ESSAY = "who-are-medical-leaders-q9";
    private static final String MULTIPLE = "who-are-medical-leaders-q7";

    @TempDir
    Path dir;

    private final QuizFixture fixture = new QuizFixture();
    private Stage stage;
    private ProgressStore store;
    private QuizView view;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        store = QuizFixture.store(dir);
        view = fixture.show(stage, QuizFixture.sessions(store).of("Reflect", QuizFixture.pick(ESSAY)));
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    private TextArea essay(FxRobot robot) {
        return robot.lookup("#quiz-answer").queryAs(TextArea.class);
    }

    @Test
    void aReflectionIsSavedWithCtrlEnterAndShownAgainInANewSession(FxRobot robot) throws Exception {
        assertThat(essay(robot).isFocused()).isTrue();
        robot.write("The ward sister persuades.");
        robot.type(KeyCode.ENTER);
        robot.write("She leads by example.");
        robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);
        assertThat(QuizFixture.label(robot, "#quiz-verdict")).contains("Reflection saved");
        assertThat(QuizFixture.text(robot, "#quiz-feedback")).contains("There is no single right answer.");
        assertThat(robot.lookup("#quiz-right-answer").query().isVisible()).isFalse();
        assertThat(store.view().latestReflection(ESSAY).orElseThrow().text())
                .isEqualTo("The ward sister persuades.\nShe leads by example.");
        assertThat(store.view().attemptCount()).as("an essay is not marked").isZero();
        robot.type(KeyCode.N);
        assertThat(QuizFixture.text(robot, "#quiz-summary"))
                .contains("1 reflection saved")
                .doesNotContain("You scored");

        assertThat(robot.lookup("#quiz-retry").query().isVisible())
                .as("nothing missed, nothing to retry")
                .isFalse();

        QuizSessions again = QuizFixture.sessions(store);
        robot.interact(() -> view = fixture.show(stage, again.of("Reflect", pick(ESSAY))));
        assertThat(essay(robot).getText()).isEqualTo("The ward sister persuades.\nShe leads by example.");
        assertThat(view.session().canSubmitProperty().get())
                .as("the saved text can be saved again as it is")
                .isTrue();
    }

    private static java.util.List<org.gramscilens.review.CourseQuestion> pick(String id) {
        try {
            return QuizFixture.pick(id);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void aSecondCopyMarksAnswersButSaysNothingIsSaved(FxRobot robot) throws Exception {
        ProgressStore second = QuizFixture.store(dir);
        try {
            assertThat(second.isReadOnly()).isTrue();
            robot.interact(() -> view = fixture.show(stage, sessionsFor(second).of("Tick", pick(MULTIPLE))));
            assertThat(robot.lookup("#quiz-notice").query().isVisible()).isTrue();
            assertThat(QuizFixture.label(robot, "#quiz-notice"))
                    .startsWith("Your answers are marked but not saved.")
                    .contains(second.readOnlyReason().orElseThrow());
            robot.type(KeyCode.DIGIT1).type(KeyCode.DIGIT3).type(KeyCode.DIGIT3).type(KeyCode.ENTER);
            assertThat(view.session().results().get(0).response())
                    .isEqualTo(org.gramscilens.quiz.Response.MultipleChoices.of(0));
            assertThat(QuizFixture.label(robot, "#quiz-verdict")).contains("Partly right");
            assertThat(store.view().attemptCount()).isZero();
            assertThat(second.view().attemptCount()).isZero();
        } finally {
            second.close();
        }
    }

    private static QuizSessions sessionsFor(ProgressStore s) {
        try {
            return QuizFixture.sessions(s);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
