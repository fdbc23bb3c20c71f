package org.gramscilens.ui.quiz;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import org.gramscilens.TestCourses;
import org.gramscilens.course.Course;
import org.gramscilens.course.CourseLoader;
import org.gramscilens.markdown.syntax.MarkdownParser;
import org.gramscilens.progress.ProgressStore;
import org.gramscilens.review.CourseQuestion;
import org.gramscilens.review.CourseQuestions;
import org.testfx.api.FxRobot;

/** The bundled course's questions, a real store in a test folder, and a quiz shown on the test stage. */
final class QuizFixture {
    private static CourseQuestions questions;

    final List<String> opened = new ArrayList<>();
    int closed;

    static synchronized CourseQuestions questions() throws Exception {
        if (questions == null) {
            Course course = new CourseLoader().load(TestCourses.bundled());
            questions = CourseQuestions.load(course);
        }
        return questions;
    }

    static QuizSessions sessions(ProgressStore store) throws Exception {
        return new QuizSessions(questions(), store, new MarkdownParser(), Clock.systemUTC());
    }

    static List<CourseQuestion> pick(String... ids) throws Exception {
        List<CourseQuestion> out = new ArrayList<>();
        for (String id : ids) {
            out.add(questions().find(id).orElseThrow(() -> new AssertionError("no question " + id)));
        }
        return out;
    }

    static ProgressStore store(Path folder) {
        return ProgressStore.open(folder.resolve("profile"));
    }

    /** Shows a quiz view for {@code session} as the stage's whole scene; call on the FX thread. */
    QuizView show(Stage stage, QuizSession session) {
        return show(stage, session, 900, 700);
    }

    /** As {@link #show(Stage, QuizSession)} in a scene of this size. */
    QuizView show(Stage stage, QuizSession session, double width, double height) {
        QuizView view = new QuizView(session, opened::add, this::close);
        Scene scene = new Scene((Parent) view.node(), width, height);
        scene.getStylesheets().addAll(css("theme-light.css"), css("app.css"), css("quiz.css"));
        stage.setScene(scene);
        stage.show();
        return view;
    }

    private void close() {
        closed++;
    }

    static String css(String name) {
        return QuizFixture.class.getResource("/org/gramscilens/ui/" + name).toExternalForm();
    }

    static String questionText(FxRobot robot) {
        StringBuilder b = new StringBuilder();
        for (javafx.scene.Node n :
                robot.lookup("#quiz-question").queryAs(TextFlow.class).getChildren()) {
            b.append(((Text) n).getText());
        }
        return b.toString();
    }

    /** The text parts of a question's text flow (gaps and other controls left out). */
    static String questionTextOf(List<javafx.scene.Node> flow) {
        StringBuilder b = new StringBuilder();
        for (javafx.scene.Node n : flow) {
            if (n instanceof Text t) {
                b.append(t.getText());
            }
        }
        return b.toString();
    }

    static String label(FxRobot robot, String query) {
        return robot.lookup(query).queryLabeled().getText();
    }

    /** All label text inside a node, joined by new lines. */
    static String text(FxRobot robot, String query) {
        StringBuilder b = new StringBuilder();
        for (javafx.scene.Node n : robot.lookup(query).query().lookupAll(".label")) {
            if (n instanceof Label l && l.isVisible()) {
                b.append(l.getText()).append('\n');
            }
        }
        return b.toString();
    }
}
