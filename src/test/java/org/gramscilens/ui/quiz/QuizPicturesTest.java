package org.gramscilens.ui.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.image.ImageView;
import javafx.stage.Stage;
import org.gramscilens.TestCourses;
import org.gramscilens.course.CourseLoader;
import org.gramscilens.markdown.syntax.MarkdownParser;
import org.gramscilens.progress.ProgressStore;
import org.gramscilens.review.CourseQuestions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Pictures in the quiz view: Moodle's own cloze fixture (three PNGs embedded in the XML) as a module's
 * quiz.xml, and a GIFT quiz whose picture lies in media/ beside it, as convert --to gift leaves it.
 */
@ExtendWith(ApplicationExtension.class)
class QuizPicturesTest {

    private static final String DOT =
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4z8AAAAMBAQDJ/pLvAAAAAElFTkSuQmCC";

    @TempDir
    Path dir;

    private final QuizFixture fixture = new QuizFixture();
    private ProgressStore store;
    private QuizSessions sessions;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        String moodle;
        try (InputStream in = getClass().getResourceAsStream("/org/gramscilens/quiz/moodle/multianswer.xml")) {
            moodle = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Path course = TestCourses.write(
                dir.resolve("course"),
                Map.of(
                        "course.yaml", "title: T\nmodules:\n  - id: 01-a\n  - id: 02-b\n",
                        "modules/01-a/lesson.md", "---\nid: alpha\ntitle: Alpha\n---\n\n## Start\n\nText.\n",
                        "modules/01-a/quiz.xml", moodle,
                        "modules/02-b/lesson.md", "---\nid: beta\ntitle: Beta\n---\n\n## Start\n\nText.\n",
                        "modules/02-b/quiz.gift",
                                "::Dot:: [html]<p>What colour is <img src=\"media/red%20dot.png\""
                                        + " alt=\"Red dot\"> and <img src=\"media/none.png\" alt=\"Lost\">?</p>{=red ~blue}\n"));
        Files.createDirectories(course.resolve("modules/02-b/media"));
        Files.write(
                course.resolve("modules/02-b/media/red dot.png"),
                Base64.getDecoder().decode(DOT));
        CourseQuestions qs = CourseQuestions.load(new CourseLoader().load(course));
        assertThat(qs.problems()).isEmpty();
        store = ProgressStore.open(dir.resolve("profile"));
        sessions = new QuizSessions(qs, store, new MarkdownParser(), Clock.systemUTC());
        fixture.show(stage, sessions.module("01-a"));
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    private static List<ImageView> images(FxRobot robot, String pane) {
        return robot.lookup(pane).queryParent().getChildrenUnmodifiable().stream()
                .filter(ImageView.class::isInstance)
                .map(ImageView.class::cast)
                .toList();
    }

    @SuppressWarnings("unchecked")
    @Test
    void embeddedPicturesShowUnderTheTextAndTheFeedbacksAfterChecking(FxRobot robot) {
        List<ImageView> shown = images(robot, "#quiz-pictures");
        assertThat(shown).extracting(ImageView::getAccessibleText).containsExactly("California flag", "Arizona flag");
        assertThat(shown).allSatisfy(v -> {
            assertThat(v.getImage().isError()).isFalse();
            assertThat(v.getImage().getWidth()).isEqualTo(50);
            assertThat(v.getFitWidth()).isEqualTo(50);
        });
        assertThat(robot.lookup("#quiz-feedback-pictures").query().isVisible()).isFalse();
        ComboBox<String> first = robot.lookup("#quiz-gap-1").queryAs(ComboBox.class);
        robot.interact(() -> first.getSelectionModel().select(0));
        robot.clickOn("#quiz-submit");
        Node feedback = robot.lookup("#quiz-feedback-pictures").query();
        assertThat(feedback.isVisible()).isTrue();
        assertThat(images(robot, "#quiz-feedback-pictures"))
                .extracting(ImageView::getAccessibleText)
                .containsExactly("Moodle logo");
        assertThat(QuizFixture.text(robot, "#quiz-gap-result-1")).contains("\u2713 OK");
    }

    @Test
    void aPictureBesideAGiftQuizShowsAndAMissingOneSaysSo(FxRobot robot) {
        robot.interact(() -> fixture.show(stage, sessions.module("02-b")));
        List<ImageView> shown = images(robot, "#quiz-pictures");
        assertThat(shown).extracting(ImageView::getAccessibleText).containsExactly("Red dot");
        assertThat(shown.get(0).getImage().getWidth()).isEqualTo(1);
        assertThat(QuizFixture.text(robot, "#quiz-pictures")).isEqualTo("[picture not found: Lost]\n");
    }
}
