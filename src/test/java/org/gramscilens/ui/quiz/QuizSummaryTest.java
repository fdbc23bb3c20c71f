package org.gramscilens.ui.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.gramscilens.progress.ProgressStore;
import org.gramscilens.ui.common.Messages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A matching question answered half wrong and a multiple choice answered wrong, then the summary: matching
 * answers shown in full with ✓/✗, Retry above the missed cards, the learner's answers beside the right
 * ones, "Score" (not "so far") once finished.
 */
@ExtendWith(ApplicationExtension.class)
class QuizSummaryTest {
    private static final String MATCH = "what-is-medical-leadership-q9";
    private static final String MC = "what-is-medical-leadership-q1";

    @TempDir
    Path dir;

    private final QuizFixture fixture = new QuizFixture();
    private ProgressStore store;
    private QuizView view;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        store = QuizFixture.store(dir);
        view = fixture.show(
                stage,
                QuizFixture.sessions(store).of("Quiz: What is (medical) leadership?", QuizFixture.pick(MATCH, MC)),
                770,
                520);
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    @SuppressWarnings("unchecked")
    @Test
    void theSummaryPutsRetryFirstAndShowsTheLearnersAnswersBesideTheRightOnes(FxRobot robot) {
        List<ComboBox<String>> boxes = robot.lookup(".quiz-match-choice").queryAll().stream()
                .map(n -> (ComboBox<String>) n)
                .toList();
        assertThat(boxes).hasSize(4);
        String obsession = "a word repeated so often that it stops meaning anything precise";
        String solution = "a practical answer to slow change and to doctors standing apart from management";
        robot.interact(() -> {
            boxes.get(0).setValue(obsession);
            boxes.get(1).setValue(obsession);
            boxes.get(2).setValue("beliefs absorbed from one's surroundings rather than reasoned out");
            boxes.get(3).setValue("leadership by consent that makes a dominant group's view seem natural");
        });
        robot.clickOn("#quiz-submit");
        List<Label> results = robot.lookup(".quiz-match-result").queryAllAs(Label.class).stream()
                .toList();
        assertThat(results).allMatch(Node::isVisible);
        assertThat(results.get(0).getText()).isEqualTo("\u2713 " + obsession);
        assertThat(results.get(0).getPseudoClassStates()).contains(OptionRow.RIGHT);
        assertThat(results.get(1).getText()).isEqualTo("\u2717 " + obsession + " (right answer: " + solution + ")");
        assertThat(results.get(1).getPseudoClassStates()).contains(OptionRow.WRONG);
        assertThat(boxes).noneMatch(Node::isVisible);
        robot.interact(() -> stage.getScene().getRoot().layout());
        for (Label l : results) {
            assertThat(l.getHeight())
                    .as("wrapped, not cut: " + l.getText())
                    .isGreaterThanOrEqualTo(l.prefHeight(l.getWidth()) - 0.5);
        }

        robot.type(KeyCode.N).type(KeyCode.DIGIT1).type(KeyCode.ENTER);
        assertThat(QuizFixture.label(robot, "#quiz-score")).startsWith("Score so far:");
        robot.type(KeyCode.N);

        assertThat(QuizFixture.label(robot, "#quiz-score")).isEqualTo("Score: 0.75 of 2");
        Node retry = robot.lookup("#quiz-retry").query();
        Node firstCard = robot.lookup(".quiz-missed").query();
        assertThat(retry.localToScene(retry.getLayoutBounds()).getMaxY())
                .as("Retry sits above the first missed question")
                .isLessThan(firstCard.localToScene(firstCard.getLayoutBounds()).getMinY());
        assertThat(QuizSummaryTest.texts(robot))
                .contains(
                        "Your answer: leadership as an obsession \u2192 " + obsession
                                + "; leadership as a solution \u2192 "
                                + obsession + "; common sense, in Gramsci's usage \u2192 beliefs absorbed from one's "
                                + "surroundings rather than reasoned out; hegemony \u2192 leadership by consent that makes a "
                                + "dominant group's view seem natural",
                        "Your answer: statutory regulations, disciplinary panels and national league tables",
                        "Right answer: competency frameworks, training courses and student teaching modules");
        assertThat(robot.lookup("#quiz-summary-score").queryLabeled().getPseudoClassStates())
                .doesNotContain(SummaryPane.FULL);
        assertThat(robot.lookup("#quiz-leave").query().isVisible())
                .as("nothing left to leave")
                .isFalse();
    }

    @Test
    void aFullScoreIsMarkedFullAndTheReflectionNoteReadsRight(FxRobot robot) throws Exception {
        robot.interact(() -> {
            try {
                view = fixture.show(stage, QuizFixture.sessions(store).of("One", QuizFixture.pick(MC)), 770, 520);
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
        robot.type(KeyCode.DIGIT2).type(KeyCode.ENTER).type(KeyCode.N);
        assertThat(robot.lookup("#quiz-summary-score").queryLabeled().getPseudoClassStates())
                .contains(SummaryPane.FULL);
        assertThat(Messages.get("quiz.summary.reflections", 1))
                .isEqualTo("1 reflection saved; you can read it in Your progress.");
        assertThat(Messages.get("quiz.summary.reflections", 3))
                .isEqualTo("3 reflections saved; you can read them in Your progress.");
    }

    private static List<String> texts(FxRobot robot) {
        return robot.lookup("#quiz-summary").lookup(".label").queryAllAs(Label.class).stream()
                .map(Label::getText)
                .toList();
    }
}
