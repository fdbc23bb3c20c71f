package org.gramscilens.ui.present;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.gramscilens.course.Course;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A bundled lesson presented and driven by the keys a lecturer (or a clicker) presses. */
@ExtendWith(ApplicationExtension.class)
class PresentationKeysTest {
    private PresentFixture app;

    @Start
    void start(Stage stage) throws Exception {
        Course course = Decks.bundled();
        app = PresentFixture.present(stage, course, "cadres");
    }

    @AfterEach
    void close(FxRobot robot) {
        app.close(robot);
    }

    private int index() {
        return app.model().index();
    }

    private String slideTitle() {
        return app.slide().node().lookup(".slide-title") instanceof javafx.scene.control.Label l ? l.getText() : "";
    }

    @Test
    void clickerAndArrowKeysMoveThroughTheSlides(FxRobot robot) {
        assertThat(slideTitle()).isEqualTo("Cadres");
        robot.type(KeyCode.RIGHT);
        assertThat(index()).isEqualTo(1);
        robot.type(KeyCode.SPACE);
        assertThat(index()).isEqualTo(2);
        assertThat(slideTitle()).isEqualTo("The cadre in Therborn");
        robot.type(KeyCode.PAGE_DOWN);
        assertThat(index()).isEqualTo(3);
        robot.type(KeyCode.LEFT);
        assertThat(index()).isEqualTo(2);
        robot.press(KeyCode.SHIFT).type(KeyCode.SPACE).release(KeyCode.SHIFT);
        assertThat(index()).isEqualTo(1);
        robot.type(KeyCode.PAGE_UP);
        assertThat(index()).isEqualTo(0);
        robot.type(KeyCode.END);
        assertThat(index()).isEqualTo(8);
        assertThat(slideTitle()).isEqualTo("Discussion");
        robot.type(KeyCode.HOME);
        assertThat(index()).isZero();
    }

    @Test
    void typingANumberThenEnterJumpsToThatSlide(FxRobot robot) {
        robot.type(KeyCode.DIGIT3);
        assertThat(robot.lookup("#present-typed").queryLabeled().isVisible()).isTrue();
        assertThat(robot.lookup("#present-typed").queryLabeled().getText()).contains("3");
        robot.type(KeyCode.ENTER);
        assertThat(index()).isEqualTo(2);
        assertThat(robot.lookup("#present-typed").queryLabeled().isVisible()).isFalse();
    }

    @Test
    void bAndWBlackOrWhiteTheScreenAndAMoveBringsTheSlideBack(FxRobot robot) {
        Node blackout = robot.lookup("#present-blackout").query();
        assertThat(blackout.isVisible()).isFalse();
        robot.type(KeyCode.B);
        assertThat(blackout.isVisible()).isTrue();
        assertThat(blackout.getPseudoClassStates()).contains(PresentationWindow.BLACK);
        assertThat(((javafx.scene.layout.Region) blackout)
                        .getBackground()
                        .getFills()
                        .get(0)
                        .getFill())
                .isEqualTo(javafx.scene.paint.Color.BLACK);
        robot.type(KeyCode.B);
        assertThat(blackout.isVisible()).isFalse();
        robot.type(KeyCode.W);
        assertThat(blackout.isVisible()).isTrue();
        assertThat(((javafx.scene.layout.Region) blackout)
                        .getBackground()
                        .getFills()
                        .get(0)
                        .getFill())
                .isEqualTo(javafx.scene.paint.Color.WHITE);
        robot.type(KeyCode.RIGHT);
        assertThat(blackout.isVisible()).isFalse();
        assertThat(index()).as("the first press only brings the slide back").isZero();
        robot.write(".");
        assertThat(app.model().blackoutProperty().get()).isEqualTo(PresentationModel.Blackout.BLACK);
        robot.type(KeyCode.ESCAPE);
        assertThat(blackout.isVisible()).isFalse();
        assertThat(app.model().overviewShownProperty().get()).isFalse();
    }

    @Test
    void theOverviewShowsEverySlideAndEnterOrAClickChoosesOne(FxRobot robot) {
        Node overview = robot.lookup("#present-overview").query();
        assertThat(overview.isVisible()).isFalse();
        robot.type(KeyCode.O);
        assertThat(overview.isVisible()).isTrue();
        var thumbs = app.window().overview().thumbnails();
        assertThat(thumbs).hasSize(9);
        assertThat(PresentFixture.text(thumbs.get(2))).contains("The cadre in Therborn");
        assertThat(thumbs.get(0).getPseudoClassStates()).contains(OverviewView.SELECTED);
        robot.type(KeyCode.RIGHT).type(KeyCode.DOWN);
        assertThat(thumbs.get(6).getPseudoClassStates()).contains(OverviewView.SELECTED);
        assertThat(thumbs.get(0).getPseudoClassStates()).doesNotContain(OverviewView.SELECTED);
        robot.type(KeyCode.ENTER);
        assertThat(overview.isVisible()).isFalse();
        assertThat(index()).isEqualTo(6);

        robot.type(KeyCode.ESCAPE);
        assertThat(overview.isVisible())
                .as("Esc on a plain slide opens the overview")
                .isTrue();
        robot.clickOn(thumbs.get(2));
        assertThat(overview.isVisible()).isFalse();
        assertThat(index()).isEqualTo(2);
        robot.type(KeyCode.O).type(KeyCode.LEFT).type(KeyCode.ESCAPE);
        assertThat(index()).as("Esc leaves the overview without choosing").isEqualTo(2);
    }

    @Test
    void questionMarkShowsTheKeysAndEscClosesThem(FxRobot robot) {
        Node help = robot.lookup("#present-help").query();
        assertThat(help.isVisible()).isFalse();
        robot.write("?");
        assertThat(help.isVisible()).isTrue();
        assertThat(PresentFixture.text(help)).contains("Black screen").contains("Ctrl+W");
        robot.type(KeyCode.ESCAPE);
        assertThat(help.isVisible()).isFalse();
    }

    @Test
    void plusAndMinusZoomTheSlideText(FxRobot robot) {
        robot.write("+");
        robot.write("+");
        assertThat(app.model().zoomProperty().get()).isEqualTo(1.2);
        assertThat(app.slide().node().getStyle()).contains("31.2px");
        robot.write("-");
        assertThat(app.model().zoomProperty().get()).isEqualTo(1.1);
    }

    @Test
    void theSpeakerViewShowsTheSlideNumberAndStaysInStep(FxRobot robot) {
        Node speaker = robot.lookup("#present-speaker").query();
        assertThat(PresentFixture.visible(speaker, app.window().root())).isFalse();
        robot.type(KeyCode.S);
        assertThat(PresentFixture.visible(speaker, app.window().root())).isTrue();
        assertThat(robot.lookup("#speaker-position").queryLabeled().getText()).isEqualTo("Slide 1 of 9");
        assertThat(PresentFixture.text(robot.lookup("#speaker-notes").query()))
                .as("the title slide's notes are the lesson's summary")
                .contains("Göran Therborn's description of cadres");
        robot.type(KeyCode.RIGHT).type(KeyCode.RIGHT);
        assertThat(robot.lookup("#speaker-position").queryLabeled().getText()).isEqualTo("Slide 3 of 9");
        assertThat(robot.lookup("#speaker-status").queryLabeled().getText()).contains("next slide");
        robot.type(KeyCode.S);
        assertThat(PresentFixture.visible(speaker, app.window().root())).isFalse();
    }

    @Test
    void dSwitchesBetweenDarkAndLightSlides(FxRobot robot) {
        var sheets = app.presenter.presentationStage().getScene().getStylesheets();
        assertThat(sheets.get(0)).endsWith("theme-dark.css");
        assertThat(sheets).last().asString().endsWith("present/present.css");
        robot.type(KeyCode.D);
        assertThat(sheets.get(0)).endsWith("theme-light.css");
        robot.type(KeyCode.D);
        assertThat(sheets.get(0)).endsWith("theme-dark.css");
    }

    @Test
    void fTurnsFullScreenOnAndOffAndEscDoesNotLeaveIt(FxRobot robot) {
        Stage stage = app.presenter.presentationStage();
        assertThat(stage.isFullScreen()).isFalse();
        robot.type(KeyCode.F);
        assertThat(stage.isFullScreen()).isTrue();
        assertThat(app.model().fullScreenProperty().get()).isTrue();
        robot.type(KeyCode.ESCAPE);
        assertThat(stage.isFullScreen()).as("Esc belongs to the overview").isTrue();
        assertThat(app.model().overviewShownProperty().get()).isTrue();
        robot.type(KeyCode.F);
        assertThat(stage.isFullScreen()).isFalse();
    }

    @Test
    void ctrlWEndsThePresentation(FxRobot robot) {
        assertThat(app.presenter.presentationStage().isShowing()).isTrue();
        robot.press(KeyCode.CONTROL).type(KeyCode.W).release(KeyCode.CONTROL);
        assertThat(app.presenter.presentationStage().isShowing()).isFalse();
        assertThat(app.model().endedProperty().get()).isTrue();
    }
}
