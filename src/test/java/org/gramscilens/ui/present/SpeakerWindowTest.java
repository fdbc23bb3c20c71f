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
        app = PresentFixture.present(
                stage, Decks.bundled(), "cadres", Presenter.Options.defaults().withSpeakerScreen(Screen.getPrimary()));
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
        assertThat(robot.lookup("#speaker-position").queryLabeled().getText()).isEqualTo("Slide 3 of 9");
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
    void theNotesShowTheSlidesProseAndTheSpeakerSetsTheirSize(FxRobot robot) {
        Stage speaker = app.presenter.speakerStage().orElseThrow();
        robot.interact(speaker::requestFocus);
        robot.clickOn("#speaker-position");
        robot.type(KeyCode.PAGE_DOWN).type(KeyCode.PAGE_DOWN);
        javafx.scene.control.ScrollPane notes = robot.from(speaker.getScene().getRoot())
                .lookup("#speaker-notes")
                .queryAs(javafx.scene.control.ScrollPane.class);
        String text = notes.getContent().lookupAll(".md-text").stream()
                .map(n -> ((javafx.scene.text.Text) n).getText())
                .reduce("", String::concat);
        assertThat(text).as("the section's prose is in the notes").contains("The passage is short");

        robot.write("]]");
        robot.interact(speaker::toFront);
        javafx.scene.control.Button smaller = robot.from(speaker.getScene().getRoot())
                .lookup("#speaker-notes-smaller")
                .queryButton();
        assertThat(app.model().notesZoomProperty().get()).isEqualTo(1.2);
        robot.clickOn(smaller);
        assertThat(app.model().notesZoomProperty().get()).isEqualTo(1.1);
        assertThat(notes.getStyle()).contains("23.1px");
        assertThat(app.model().index())
                .as("the size buttons leave the slides alone")
                .isEqualTo(2);
    }

    @Test
    void closingTheSlidesWindowEndsThePresentation(FxRobot robot) {
        robot.interact(app.presenter.presentationStage()::close);
        assertThat(app.model().endedProperty().get()).isTrue();
        assertThat(app.presenter.speakerStage().orElseThrow().isShowing()).isFalse();
    }
}
