package org.gramscilens.ui.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.gramscilens.TestCourses;
import org.gramscilens.course.CourseLoader;
import org.gramscilens.markdown.syntax.MarkdownParser;
import org.gramscilens.progress.ProgressStore;
import org.gramscilens.progress.QuizAttempt;
import org.gramscilens.review.CourseQuestions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A cloze question from a module's quiz.xml in the quiz view: gaps inline in the text, reached with Tab,
 * marked gap by gap as Moodle marks them, recorded, and shown in the summary.
 */
@ExtendWith(ApplicationExtension.class)
class ClozeQuizViewTest {

    static final String QUIZ_XML = """
            <?xml version="1.0" encoding="UTF-8"?>
            <quiz>
              <question type="cloze">
                <name><text>Capitals</text></name>
                <questiontext format="html"><text><![CDATA[<p>The capital of Germany is \
            {2:SHORTANSWER:=Berlin#Right~%50%Bonn#Half right~*#No}, pi is about {1:NUMERICAL:=3.14:0.01#Close enough}, \
            the sky is {1:MULTICHOICE:red#No~=blue#Yes} and grass is {1:MCH:=green~grey}.</p>]]></text></questiontext>
                <generalfeedback format="html"><text>Maps help.</text></generalfeedback>
              </question>
            </quiz>
            """;

    @TempDir
    Path dir;

    private final QuizFixture fixture = new QuizFixture();
    private ProgressStore store;

    @Start
    void start(Stage stage) throws Exception {
        TestCourses.write(
                dir.resolve("course"),
                Map.of(
                        "course.yaml", "title: T\nmodules:\n  - id: 01-a\n",
                        "modules/01-a/lesson.md", "---\nid: alpha\ntitle: Alpha\n---\n\n## Start\n\nText.\n",
                        "modules/01-a/quiz.xml", QUIZ_XML));
        CourseQuestions qs = CourseQuestions.load(new CourseLoader().load(dir.resolve("course")));
        assertThat(qs.problems()).isEmpty();
        store = ProgressStore.open(dir.resolve("profile"));
        QuizSessions sessions = new QuizSessions(qs, store, new MarkdownParser(), Clock.systemUTC());
        fixture.show(stage, sessions.module("01-a"));
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    @SuppressWarnings("unchecked")
    @Test
    void gapsAreFilledByKeyboardMarkedOneByOneRecordedAndSummarised(FxRobot robot) {
        List<Node> flow = robot.lookup("#quiz-question").queryParent().getChildrenUnmodifiable();
        assertThat(flow)
                .contains(
                        robot.lookup("#quiz-gap-1").query(),
                        robot.lookup("#quiz-gap-4").query());
        assertThat(QuizFixture.questionTextOf(flow))
                .startsWith("The capital of Germany is ")
                .contains(", pi is about ");
        TextField first = robot.lookup("#quiz-gap-1").queryAs(TextField.class);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(first)
                .write("Bonn")
                .press(KeyCode.TAB)
                .release(KeyCode.TAB)
                .write("3.145");
        assertThat(robot.lookup("#quiz-gap-2").queryAs(TextField.class).getText())
                .isEqualTo("3.145");
        ComboBox<String> sky = robot.lookup("#quiz-gap-3").queryAs(ComboBox.class);
        assertThat(sky.getItems()).containsExactly("red", "blue");
        robot.press(KeyCode.TAB).release(KeyCode.TAB);
        assertThat(sky.isFocused()).as("Tab reaches the drop-down gap").isTrue();
        robot.interact(() -> sky.getSelectionModel().select(1));
        robot.clickOn("green");
        robot.clickOn("#quiz-submit");

        assertThat(result(robot, 1)).isEqualTo("\u25D0 Half right (best answer: Berlin)");
        assertThat(result(robot, 2)).isEqualTo("\u2713 Close enough");
        assertThat(result(robot, 3)).isEqualTo("\u2713 Yes");
        assertThat(result(robot, 4)).isEqualTo("\u2713");
        assertThat(robot.lookup("#quiz-gap-result-1").queryAs(Label.class).getPseudoClassStates())
                .contains(OptionRow.WRONG);
        assertThat(robot.lookup("#quiz-gap-1").queryAs(TextField.class).isEditable())
                .isFalse();

        QuizAttempt attempt = waitForAttempt();
        assertThat(attempt.score()).isEqualTo((2 * 0.5 + 1 + 1 + 1) / 5.0);
        assertThat(attempt.answer().toString()).isEqualTo("[\"Bonn\",\"3.145\",\"B\",\"A\"]");

        robot.clickOn("#quiz-next");
        String summary = QuizFixture.text(robot, ".quiz-summary");
        assertThat(summary).contains("1: Bonn; 2: 3.145; 3: blue; 4: green");
    }

    private static String result(FxRobot robot, int gap) {
        return robot.lookup("#quiz-gap-result-" + gap).queryAs(Label.class).getText();
    }

    private QuizAttempt waitForAttempt() {
        long until = System.currentTimeMillis() + 5000;
        while (store.view().attempts().isEmpty() && System.currentTimeMillis() < until) {
            WaitForAsyncUtils.sleep(20, java.util.concurrent.TimeUnit.MILLISECONDS);
        }
        assertThat(store.view().attempts()).hasSize(1);
        return store.view().attempts().get(0);
    }
}
