package org.gramscilens.ui.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.gramscilens.progress.ProgressStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The quiz in the space it gets in a 1024×640 window (about 770×520 beside the outline, under the toolbar):
 * feedback comes into view, right and wrong options are marked with a sign and their own colours, choice
 * kinds look like radio buttons or check boxes, the verdict is said once, Markdown italics survive, and
 * Escape leaves with the answers kept.
 */
@ExtendWith(ApplicationExtension.class)
class QuizFeedbackInViewTest {
    /** Multiple choice, the right answer is option 2; long options. */
    private static final String MC = "what-is-medical-leadership-q1";
    /** Markdown true/false with *common sense* in italics; the answer is false. */
    private static final String TF = "what-is-medical-leadership-q2";
    /** Choose all that apply. */
    private static final String SEVERAL = "what-is-medical-leadership-q6";

    @TempDir
    Path dir;

    private final QuizFixture fixture = new QuizFixture();
    private ProgressStore store;
    private QuizView view;

    @Start
    void start(Stage stage) throws Exception {
        store = QuizFixture.store(dir);
        QuizSession session = QuizFixture.sessions(store)
                .of("Quiz: What is (medical) leadership?", QuizFixture.pick(MC, TF, SEVERAL));
        view = fixture.show(stage, session, 770, 520);
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    @Test
    void aWrongAnswerInASmallWindowBringsTheFeedbackAndNextIntoViewWithTheOptionsMarked(FxRobot robot) {
        ScrollPane scroll = robot.lookup(".quiz-scroll").queryAs(ScrollPane.class);
        Node feedback = robot.lookup("#quiz-feedback").query();
        robot.type(KeyCode.DIGIT1).type(KeyCode.ENTER);

        assertThat(feedback.isVisible()).isTrue();
        assertThat(inViewport(scroll, robot.lookup("#quiz-verdict").query()))
                .as("the verdict is in view")
                .isTrue();
        assertThat(inViewport(scroll, robot.lookup("#quiz-next").query()))
                .as("Next is in view")
                .isTrue();

        List<OptionRow> options = robot.lookup(".quiz-option").queryAllAs(OptionRow.class).stream()
                .toList();
        assertThat(options.get(1).getPseudoClassStates())
                .contains(OptionRow.RIGHT)
                .doesNotContain(OptionRow.WRONG);
        assertThat(options.get(1).markText()).isEqualTo("\u2713 Right answer");
        assertThat(options.get(0).getPseudoClassStates())
                .contains(OptionRow.WRONG)
                .doesNotContain(OptionRow.RIGHT);
        assertThat(options.get(0).markText()).isEqualTo("\u2717 Your answer");
        assertThat(options.get(2).markText()).isEmpty();
        assertThat(options.get(2).getPseudoClassStates()).doesNotContain(OptionRow.RIGHT, OptionRow.WRONG);
        assertThat(options.get(0).lookup(".quiz-option-radio"))
                .as("one answer: radio marks")
                .isNotNull();
        assertThat(options.get(0).lookup(".quiz-option-check")).isNull();
        assertThat(QuizFixture.label(robot, "#quiz-verdict")).isEqualTo("\u2717 Not right");
    }

    @Test
    void aRightPickIsGreenAndTheVerdictIsSaidOnceThenMarkdownItalicsAndCheckBoxesShow(FxRobot robot) {
        robot.type(KeyCode.DIGIT2).type(KeyCode.ENTER);
        OptionRow chosen = robot.lookup(".quiz-option").queryAllAs(OptionRow.class).stream()
                .toList()
                .get(1);
        assertThat(chosen.getPseudoClassStates()).contains(OptionRow.RIGHT, OptionRow.CHOSEN);
        assertThat(chosen.markText()).isEqualTo("\u2713 Your answer, right");
        String verdict = QuizFixture.label(robot, "#quiz-verdict");
        String said = robot.lookup(".quiz-answer-feedback").queryLabeled().getText();
        assertThat(verdict).isEqualTo("\u2713 Right.");
        assertThat(said).startsWith("These are the three items").doesNotStartWith("Right");

        robot.type(KeyCode.N);
        List<Text> italic = robot.lookup("#quiz-question").lookup(".quiz-em").queryAllAs(Text.class).stream()
                .toList();
        assertThat(italic).extracting(Text::getText).containsExactly("common sense");
        assertThat(QuizFixture.questionText(robot)).doesNotContain("*");
        robot.type(KeyCode.F).type(KeyCode.ENTER);
        assertThat(QuizFixture.label(robot, "#quiz-verdict")).isEqualTo("\u2713 Correct.");

        robot.type(KeyCode.N);
        assertThat(robot.lookup(".quiz-option-check").queryAll())
                .as("choose all that apply: check boxes")
                .hasSize(5);
        assertThat(robot.lookup(".quiz-option-radio").queryAll()).isEmpty();
        robot.type(KeyCode.DIGIT1).type(KeyCode.DIGIT3);
        assertThat(robot.lookup(".quiz-option-check").queryAllAs(Label.class).stream()
                        .map(Label::getText)
                        .toList())
                .containsExactly("\u2713", "", "\u2713", "", "");
        robot.type(KeyCode.DIGIT2).type(KeyCode.DIGIT3).type(KeyCode.DIGIT4).type(KeyCode.ENTER);
        assertThat(QuizFixture.label(robot, "#quiz-verdict"))
                .as("one option's \"Right.\" never heads a wrong answer")
                .isEqualTo("\u2717 Not right");
    }

    @Test
    void escapeLeavesMidWayAndTheAnswerGivenStaysRecorded(FxRobot robot) {
        robot.type(KeyCode.DIGIT2).type(KeyCode.ENTER).type(KeyCode.N);
        assertThat(fixture.closed).isZero();
        robot.type(KeyCode.ESCAPE);
        assertThat(fixture.closed).as("Escape leaves the quiz").isEqualTo(1);
        assertThat(store.view().attempts()).hasSize(1);
        robot.clickOn("#quiz-leave");
        assertThat(fixture.closed).as("so does the Leave button").isEqualTo(2);
        assertThat(view.session().phase()).isEqualTo(QuizSession.Phase.ANSWERING);
    }

    /** Whether the node's bounds lie inside what the scroll pane shows. */
    static boolean inViewport(ScrollPane scroll, Node node) {
        Bounds view = scroll.localToScene(scroll.getLayoutBounds());
        Bounds b = node.localToScene(node.getLayoutBounds());
        return b.getMinY() >= view.getMinY() - 0.5 && b.getMaxY() <= view.getMaxY() + 0.5;
    }
}
