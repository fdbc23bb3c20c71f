package org.gramscilens.ui.present;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.input.KeyCode;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The speaker view in a window of its own, as with a second screen: keys there drive the slides too. */
@ExtendWith(ApplicationExtension.class)
class SpeakerWindowTest {
    private PresentFixture app;

    @Start
    void start(Stage stage) throws Exception {
        app = PresentFixture.present(stage, Decks.bundled(), "cadres",
                Presenter.Options.defaults().withSpeakerScreen(Screen.getPrimary()));
    }

    @AfterEach
    void close(FxRobot robot) {
        app.close(robot);
    }

    @Test
    void keysInTheSpeakerWindowMoveTheSlidesAndBothStayInStep(FxRobot robot) {
        Stage speaker = app.presenter.speakerStage().orElseThrow();
        assertThat(speaker.isShowing()).isTrue();
        robot.interact(speaker::requestFocus);
        robot.clickOn("#speaker-position");
        robot.type(KeyCode.PAGE_DOWN).type(KeyCode.PAGE_DOWN);
        assertThat(app.model().index()).isEqualTo(2);
        assertThat(((javafx.scene.control.Label) app.slide().node().lookup(".slide-title")).getText())
                .isEqualTo("The cadre in Therborn");
        assertThat(robot.lookup("#speaker-position").queryLabeled().getText()).isEqualTo("Slide 3 of 7");
        robot.type(KeyCode.B);
        assertThat(app.window().root().lookup("#present-blackout").isVisible()).isTrue();
        assertThat(robot.lookup("#speaker-status").queryLabeled().getText()).contains("black");

        robot.type(KeyCode.S);
        assertThat(speaker.isShowing()).as("S hides the speaker window").isFalse();
        robot.interact(app.presenter.presentationStage()::requestFocus);
        robot.type(KeyCode.S);
        assertThat(speaker.isShowing()).isTrue();
    }

    @Test
    void closingTheSlidesWindowEndsThePresentation(FxRobot robot) {
        robot.interact(app.presenter.presentationStage()::close);
        assertThat(app.model().endedProperty().get()).isTrue();
        assertThat(app.presenter.speakerStage().orElseThrow().isShowing()).isFalse();
    }
}
