package org.gramscilens.ui.present;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.gramscilens.course.Course;
import org.gramscilens.course.CourseLoader;
import org.gramscilens.slides.PacingCue;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The view-model alone, on real lessons: navigation, reveals, the black screen, the typed number, the timer. */
class PresentationModelTest {
    private static Course bundled;

    @TempDir
    static Path dir;

    private static Course seminar;
    private final MutableClock clock = new MutableClock();

    @BeforeAll
    static void load() throws Exception {
        bundled = Decks.bundled();
        seminar = Decks.seminar(dir);
    }

    private PresentationModel cadres() {
        return Decks.model(bundled, "cadres", clock);
    }

    private PresentationModel seminar() {
        return Decks.model(seminar, "seminar", clock);
    }

    @Test
    void nextAndPreviousStopAtTheEnds() {
        PresentationModel m = cadres();
        assertThat(m.size()).isEqualTo(9);
        m.previous();
        assertThat(m.index()).isZero();
        m.next();
        m.next();
        assertThat(m.index()).isEqualTo(2);
        assertThat(m.slideProperty().get().title()).isEqualTo("The cadre in Therborn");
        m.last();
        m.next();
        assertThat(m.index()).isEqualTo(8);
        m.first();
        assertThat(m.index()).isZero();
    }

    @Test
    void digitsThenEnterJumpCountingFromOneAndClampToTheDeck() {
        PresentationModel m = cadres();
        m.typeDigit(3);
        assertThat(m.typedNumberProperty().get()).isEqualTo("3");
        assertThat(m.index()).isZero();
        m.enter();
        assertThat(m.index()).isEqualTo(2);
        assertThat(m.typedNumberProperty().get()).isEmpty();
        m.typeDigit(9);
        m.typeDigit(9);
        m.enter();
        assertThat(m.index()).isEqualTo(8);
        m.typeDigit(0);
        m.enter();
        assertThat(m.index()).isZero();
        m.typeDigit(4);
        m.escape();
        assertThat(m.typedNumberProperty().get()).isEmpty();
        assertThat(m.overviewShownProperty().get())
                .as("Esc cancels the number first")
                .isFalse();
    }

    @Test
    void aPollSlideRevealsItsAnswerBeforeMovingOnAndPreviousHidesItAgain() {
        PresentationModel m = seminar();
        m.goTo(1);
        assertThat(m.contents().of(1)).isInstanceOf(SlideContent.Poll.class);
        assertThat(m.state(1).answerRevealed()).isFalse();
        m.next();
        assertThat(m.index()).isEqualTo(1);
        assertThat(m.state(1).answerRevealed()).isTrue();
        m.next();
        assertThat(m.index()).isEqualTo(2);
        m.previous();
        assertThat(m.index()).as("coming back shows the slide as it was left").isEqualTo(1);
        assertThat(m.state(1).answerRevealed()).isTrue();
        m.previous();
        assertThat(m.state(1).answerRevealed()).isFalse();
        m.previous();
        assertThat(m.index()).isZero();
    }

    @Test
    void rAndEnterRevealAtOnce() {
        PresentationModel m = seminar();
        m.goTo(5);
        assertThat(m.state(5).steps()).isEqualTo(2);
        m.revealAnswer();
        assertThat(m.state(5).revealed()).isEqualTo(2);
        m.goTo(2);
        m.enter();
        assertThat(m.state(2).answerRevealed()).isTrue();
        assertThat(m.index()).isEqualTo(2);
    }

    @Test
    void aMapSlideRevealsOnePropositionPerNext() {
        PresentationModel m = seminar();
        m.goTo(5);
        m.next();
        assertThat(m.state(5).revealed()).isEqualTo(1);
        m.next();
        assertThat(m.state(5).revealed()).isEqualTo(2);
        assertThat(m.index()).isEqualTo(5);
        m.next();
        assertThat(m.index()).isEqualTo(6);
        m.previous();
        m.previous();
        assertThat(m.index()).isEqualTo(5);
        assertThat(m.state(5).revealed()).isEqualTo(1);
    }

    @Test
    void placeholdersHaveNothingToReveal() {
        PresentationModel m = seminar();
        m.goTo(4);
        assertThat(m.contents().of(4))
                .isEqualTo(new SlideContent.Missing(Messages.get("poll.missing", "no-such-question")));
        m.next();
        assertThat(m.index()).isEqualTo(5);
        assertThat(((SlideContent.Missing) m.contents().of(6)).message()).contains("\"nowhere\"");
    }

    @Test
    void aMoveOnABlackScreenOnlyBringsTheSlideBack() {
        PresentationModel m = cadres();
        m.toggleBlack();
        assertThat(m.blackoutProperty().get()).isEqualTo(PresentationModel.Blackout.BLACK);
        m.next();
        assertThat(m.blackoutProperty().get()).isEqualTo(PresentationModel.Blackout.NONE);
        assertThat(m.index()).isZero();
        m.toggleWhite();
        m.toggleBlack();
        assertThat(m.blackoutProperty().get())
                .as("B on a white screen makes it black")
                .isEqualTo(PresentationModel.Blackout.BLACK);
        m.toggleBlack();
        assertThat(m.blackoutProperty().get()).isEqualTo(PresentationModel.Blackout.NONE);
    }

    @Test
    void escClosesHelpThenBlackoutThenOverviewAndOnAPlainSlideOpensTheOverview() {
        PresentationModel m = cadres();
        m.goTo(3);
        m.toggleOverview();
        m.toggleHelp();
        m.escape();
        assertThat(m.helpShownProperty().get()).isFalse();
        assertThat(m.overviewShownProperty().get()).isTrue();
        m.escape();
        assertThat(m.overviewShownProperty().get()).isFalse();
        assertThat(m.index())
                .as("leaving the overview with Esc keeps the slide")
                .isEqualTo(3);
        m.toggleWhite();
        m.escape();
        assertThat(m.blackoutProperty().get()).isEqualTo(PresentationModel.Blackout.NONE);
        assertThat(m.overviewShownProperty().get()).isFalse();
        m.escape();
        assertThat(m.overviewShownProperty().get()).isTrue();
    }

    @Test
    void theOverviewMovesItsSelectionByOneAndByRowAndEnterShowsIt() {
        PresentationModel m = cadres();
        m.goTo(1);
        m.toggleOverview();
        assertThat(m.overviewSelectionProperty().get()).isEqualTo(1);
        assertThat(m.overviewColumns()).isEqualTo(5);
        m.right();
        m.down();
        assertThat(m.overviewSelectionProperty().get()).isEqualTo(7);
        m.down();
        assertThat(m.overviewSelectionProperty().get())
                .as("a row down from the last row stops at the last slide")
                .isEqualTo(8);
        m.up();
        m.left();
        assertThat(m.overviewSelectionProperty().get()).isEqualTo(2);
        assertThat(m.index()).isEqualTo(1);
        m.last();
        m.enter();
        assertThat(m.overviewShownProperty().get()).isFalse();
        assertThat(m.index()).isEqualTo(8);
    }

    @Test
    void zoomStaysWithinItsLimits() {
        PresentationModel m = cadres();
        for (int i = 0; i < 30; i++) {
            m.zoomIn();
        }
        assertThat(m.zoomProperty().get()).isEqualTo(PresentationModel.MAX_ZOOM);
        for (int i = 0; i < 30; i++) {
            m.zoomOut();
        }
        assertThat(m.zoomProperty().get()).isEqualTo(PresentationModel.MIN_ZOOM);
    }

    @Test
    void theTimerCountsOnlyWhileRunningAndResetsToZero() {
        PresentationModel m = cadres();
        PresentationTimer t = m.timer();
        t.start();
        clock.advance(Duration.ofSeconds(90));
        t.tick();
        assertThat(t.elapsed()).isEqualTo(Duration.ofSeconds(90));
        m.toggleTimer();
        clock.advance(Duration.ofMinutes(5));
        t.tick();
        assertThat(t.elapsed()).isEqualTo(Duration.ofSeconds(90));
        m.toggleTimer();
        clock.advance(Duration.ofSeconds(10));
        t.tick();
        assertThat(t.elapsed()).isEqualTo(Duration.ofSeconds(100));
        m.resetTimer();
        assertThat(t.elapsed()).isZero();
        clock.advance(Duration.ofSeconds(5));
        t.tick();
        assertThat(t.elapsed())
                .as("a running timer keeps running after a reset")
                .isEqualTo(Duration.ofSeconds(5));
        assertThat(t.wallClockProperty().get()).hasToString("09:06");
    }

    @Test
    void thePacingCueFollowsTimeAndSlide() {
        PresentationModel m = cadres();
        m.timer().start();
        assertThat(m.pacingProperty().get()).isEqualTo(new PacingCue(PacingCue.Pace.ON_TIME, 0));
        clock.advance(Duration.ofMinutes(8));
        m.timer().tick();
        assertThat(m.pacingProperty().get().pace()).isEqualTo(PacingCue.Pace.BEHIND);
        m.last();
        assertThat(m.pacingProperty().get().pace()).isEqualTo(PacingCue.Pace.AHEAD);
    }

    @Test
    void aLessonWithoutTimingsHasNoPacingCue() throws Exception {
        Path root = SeminarCourse.write(dir.resolve("untimed"));
        Path lesson = root.resolve("modules/01-seminar/lesson.md");
        Files.writeString(lesson, Files.readString(lesson).replace("minutes: 16\n", ""));
        PresentationModel m = Decks.model(new CourseLoader().load(root), "seminar", clock);
        m.timer().start();
        clock.advance(Duration.ofMinutes(30));
        m.timer().tick();
        assertThat(m.pacingProperty().get()).isNull();
    }
}
