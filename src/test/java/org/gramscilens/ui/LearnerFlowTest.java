package org.gramscilens.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.gramscilens.TestCourses;
import org.gramscilens.progress.ProgressStore;
import org.gramscilens.ui.quiz.QuizSession;
import org.gramscilens.ui.quiz.QuizView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A learner takes a module's quiz from the lesson, quits, comes back: progress and the review count are there. */
@ExtendWith(ApplicationExtension.class)
class LearnerFlowTest {
    private ShellFixture app;

    @Start
    void start(Stage stage) throws Exception {
        app = ShellFixture.open(stage, TestCourses.bundled());
    }

    @AfterEach
    void closeDialogs(FxRobot robot) {
        ShellFixture.closeDialogs(robot);
    }

    private QuizSession session(FxRobot robot) {
        return ((QuizView) ShellFixture.page(robot).getProperties().get(QuizView.class)).session();
    }

    @Test
    void takeAQuizByKeyboardThenRestartAndFindProgressAndReviewDue(FxRobot robot) throws Exception {
        robot.clickOn("4  Cadres");
        robot.interact(() -> ShellFixture.firstOnPage(robot, "#lesson-quiz-start", javafx.scene.control.Button.class)
                .fire());
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> robot.lookup("#quiz-question").tryQuery().isPresent());
        assertThat(app.model().location()).isEqualTo(Location.quiz("04-cadres"));
        QuizSession session = session(robot);

        // Answer with the first option until one answer is wrong, so something is due for review.
        int answered = 0;
        boolean missed = false;
        while (!missed && answered < session.size()) {
            assertThat(session.phase()).isEqualTo(QuizSession.Phase.ANSWERING);
            var kind = session.answerKind();
            if (kind == org.gramscilens.quiz.Question.Kind.ESSAY
                    || kind == org.gramscilens.quiz.Question.Kind.DESCRIPTION
                    || session.shown().options().isEmpty()) {
                break;
            }
            robot.type(KeyCode.DIGIT1).type(KeyCode.ENTER);
            assertThat(session.phase()).isEqualTo(QuizSession.Phase.SUBMITTED);
            assertThat(robot.lookup("#quiz-feedback").query().isVisible()).isTrue();
            assertThat(robot.lookup("#quiz-right-answer").queryLabeled().getText())
                    .isNotBlank();
            answered++;
            missed = !session.gradeProperty().get().correct();
            robot.type(KeyCode.N);
        }
        assertThat(answered).isPositive();
        assertThat(missed).as("the first option was wrong at least once").isTrue();

        var data = app.dataDir;
        robot.interact(() -> app.window.stage().close());
        ShellFixture[] again = new ShellFixture[1];
        robot.interact(() -> {
            try {
                again[0] = ShellFixture.open(new Stage(), TestCourses.bundled(), data);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        ProgressStore store = again[0].window.store();
        assertThat(store.view().attempts()).hasSize(answered);
        assertThat(store.view().lessonsOpened()).contains("cadres");
        WaitForAsyncUtils.waitFor(
                10, TimeUnit.SECONDS, () -> again[0].model().dueProperty().get() > 0);
        assertThat(robot.lookup("#toolbar-due").queryButton().getText()).endsWith("due");

        robot.interact(() -> again[0].model().navigate(Location.review()));
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> robot.lookup("#quiz-question").tryQuery().isPresent());
        assertThat(session(robot).size())
                .isEqualTo(again[0].model().dueProperty().get());
        robot.interact(() -> again[0].model().navigate(Location.progress()));
        assertThat(ShellFixture.pageText(robot)).contains("Cadres");
        robot.interact(() -> again[0].window.stage().close());
    }
}
