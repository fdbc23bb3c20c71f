package org.gramscilens.ui.present;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import org.gramscilens.course.Course;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Polls, a concept map part, discussion questions, placeholders and notes, on a course written for it. */
@ExtendWith(ApplicationExtension.class)
class SeminarSlidesTest {
    @TempDir
    static Path dir;

    private static Course course;
    private PresentFixture app;

    @BeforeAll
    static void writeCourse() throws Exception {
        course = Decks.seminar(dir);
    }

    @Start
    void start(Stage stage) {
        app = PresentFixture.present(stage, course, "seminar");
    }

    @AfterEach
    void close(FxRobot robot) {
        app.close(robot);
    }

    private Node slide() {
        return app.slide().node();
    }

    private void goTo(FxRobot robot, int number) {
        robot.write(String.valueOf(number)).type(KeyCode.ENTER);
        assertThat(app.model().index()).isEqualTo(number - 1);
    }

    private List<HBox> options() {
        return PresentFixture.all(slide(), ".slide-poll-option", HBox.class);
    }

    private static String letterOf(HBox option) {
        return ((Label) option.lookup(".slide-poll-letter")).getText();
    }

    @Test
    void aPollShowsLetteredOptionsAndRRevealsTheRightOneWithItsFeedback(FxRobot robot) {
        robot.type(KeyCode.RIGHT);
        assertThat(options()).extracting(SeminarSlidesTest::letterOf).containsExactly("A", "B", "C", "D");
        assertThat(PresentFixture.text(slide()))
                .contains("From whom does the deck take its description of cadres?")
                .contains("the sociologist Göran Therborn")
                .doesNotContain("Right. Therborn");
        assertThat(options()).allMatch(o -> o.getOpacity() == 1.0);

        robot.type(KeyCode.R);
        Node poll = slide().lookup(".slide-poll");
        assertThat(poll.getPseudoClassStates()).contains(PollView.REVEALED);
        HBox right = options().get(2);
        assertThat(right.getPseudoClassStates()).contains(PollView.RIGHT);
        assertThat(right.getOpacity()).as("the right option stands out").isEqualTo(1.0);
        assertThat(options().get(0).getOpacity()).as("the others are dimmed").isLessThan(1.0);
        assertThat(PresentFixture.text(slide()))
                .contains("Right. Therborn asks what a ruling class does")
                .contains("See the Cadres lesson.");
        assertThat(app.model().index()).isEqualTo(1);
    }

    @Test
    void trueFalseIsATrueAndBFalseAndNextRevealsBeforeMovingOn(FxRobot robot) {
        goTo(robot, 3);
        assertThat(options())
                .extracting(o -> letterOf(o) + " " + ((Label) o.lookup(".slide-poll-option-text")).getText())
                .containsExactly("A True", "B False");
        robot.type(KeyCode.PAGE_DOWN);
        assertThat(app.model().index()).isEqualTo(2);
        assertThat(options().get(1).getPseudoClassStates()).contains(PollView.RIGHT);
        assertThat(slide().lookup(".slide-poll").getPseudoClassStates()).contains(PollView.REVEALED);
        robot.type(KeyCode.PAGE_DOWN);
        assertThat(app.model().index()).isEqualTo(3);
    }

    @Test
    void aNumericalQuestionRevealsItsAcceptedAnswer(FxRobot robot) {
        goTo(robot, 4);
        assertThat(options()).isEmpty();
        assertThat(PresentFixture.text(slide()))
                .contains("How many qualities does the passage give cadres?")
                .doesNotContain("Answer:");
        robot.type(KeyCode.R);
        assertThat(PresentFixture.text(slide())).contains("Answer: 5");
    }

    @Test
    void anUnknownQuestionOrMapFilterShowsAPlaceholderNamingIt(FxRobot robot) {
        goTo(robot, 5);
        Label placeholder = (Label) slide().lookup(".slide-placeholder");
        assertThat(placeholder.getText()).contains("\"no-such-question\"");
        assertThat(placeholder.isVisible()).isTrue();
        goTo(robot, 7);
        assertThat(((Label) slide().lookup(".slide-placeholder")).getText()).contains("\"nowhere\"");
    }

    @Test
    void aMapSlideRevealsOnePropositionPerPressThenMovesOn(FxRobot robot) {
        goTo(robot, 6);
        var map = app.slide().map().orElseThrow();
        assertThat(map.total()).isEqualTo(2);
        assertThat(map.revealedProperty().get()).isZero();
        robot.type(KeyCode.RIGHT);
        assertThat(map.revealedProperty().get()).isEqualTo(1);
        assertThat(app.model().index()).isEqualTo(5);
        robot.type(KeyCode.SPACE);
        assertThat(map.revealedProperty().get()).isEqualTo(2);
        robot.type(KeyCode.RIGHT);
        assertThat(app.model().index()).isEqualTo(6);
        robot.type(KeyCode.LEFT).type(KeyCode.LEFT);
        assertThat(app.model().index()).isEqualTo(5);
        assertThat(map.revealedProperty().get())
                .as("← takes back the last proposition")
                .isEqualTo(1);
    }

    @Test
    void theDiscussionSlideShowsTheLessonsQuestionsLarge(FxRobot robot) {
        robot.type(KeyCode.END);
        assertThat(PresentFixture.text(slide()))
                .contains("Who leads change on your ward?")
                .contains("Can trust survive a move into management?");
        Label question = (Label) slide().lookup(".slide-discussion-question");
        assertThat(question.getFont().getSize())
                .as("page pixels on a 1280×720 page")
                .isGreaterThan(28);
    }

    @Test
    void theSpeakerViewShowsTheNotesAndTheAnswerAndFollowsTheKeys(FxRobot robot) {
        robot.type(KeyCode.S);
        Node notes = robot.lookup("#speaker-notes").query();
        assertThat(PresentFixture.text(notes)).contains("Welcome everyone and ask who has led a team.");
        assertThat(robot.lookup("#speaker-answer").queryLabeled().isVisible()).isFalse();
        robot.type(KeyCode.RIGHT);
        assertThat(robot.lookup("#speaker-position").queryLabeled().getText()).isEqualTo("Slide 2 of 8");
        assertThat(PresentFixture.text(notes))
                .contains("Give the room a minute, then count hands.")
                .doesNotContain("Welcome everyone");
        assertThat(robot.lookup("#speaker-answer").queryLabeled().getText()).isEqualTo("Answer: C");
        assertThat(robot.lookup("#speaker-status").queryLabeled().getText()).contains("reveals the answer");
        robot.type(KeyCode.RIGHT);
        assertThat(app.model().index()).isEqualTo(1);
        assertThat(robot.lookup("#speaker-status").queryLabeled().getText()).contains("next slide");
        robot.type(KeyCode.LEFT).type(KeyCode.LEFT);
        assertThat(robot.lookup("#speaker-position").queryLabeled().getText()).isEqualTo("Slide 1 of 8");
    }

    @Test
    void theSpeakerViewShowsTheTimerTheClockAndThePace(FxRobot robot) throws Exception {
        robot.type(KeyCode.S);
        assertThat(robot.lookup("#speaker-elapsed").queryLabeled().getText()).isEqualTo("00:00");
        assertThat(robot.lookup("#speaker-clock").queryLabeled().getText()).isEqualTo("09:00");
        app.clock.advance(Duration.ofMinutes(6).plusSeconds(7));
        WaitForAsyncUtils.waitFor(
                3,
                java.util.concurrent.TimeUnit.SECONDS,
                () -> "06:07"
                        .equals(robot.lookup("#speaker-elapsed").queryLabeled().getText()));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#speaker-clock").queryLabeled().getText()).isEqualTo("09:06");
        assertThat(robot.lookup("#speaker-pacing").queryLabeled().getText()).isEqualTo("4 min behind");
        robot.type(KeyCode.T);
        assertThat(robot.lookup("#speaker-elapsed").queryLabeled().getText()).isEqualTo("00:00");
        assertThat(robot.lookup("#speaker-pacing").queryLabeled().getText()).isEqualTo("On time");
    }
}
