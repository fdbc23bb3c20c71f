package org.gramscilens.ui.progress;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.gramscilens.progress.Profile;
import org.gramscilens.progress.Profiles;
import org.gramscilens.progress.ProgressStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class ProfileChooserTest {

    @TempDir
    Path dir;

    private Stage stage;
    private ProfileChooser chooser;
    private int done;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void closeStore() {
        if (chooser != null) {
            chooser.model().store().ifPresent(ProgressStore::close);
        }
    }

    private void show(FxRobot robot, Profiles profiles) {
        robot.interact(() -> {
            chooser = new ProfileChooser(new ProfileChooserModel(profiles));
            chooser.setOnDone(this::finished);
            Scene scene = new Scene((Parent) chooser.node(), 560, 520);
            scene.getStylesheets()
                    .add(getClass().getResource("/org/gramscilens/ui/quiz.css").toExternalForm());
            stage.setScene(scene);
            stage.show();
        });
    }

    private void finished() {
        done++;
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    @Test
    void createsAProfileByNameWithEnterAndOpensIt(FxRobot robot) {
        Profiles profiles = new Profiles(dir);
        show(robot, profiles);
        assertThat(robot.lookup("#profile-new-name").query().isFocused())
                .as("no profiles yet: the name field")
                .isTrue();
        robot.type(KeyCode.ENTER);
        assertThat(text(robot, "#profile-error")).isEqualTo("Type a name for the new profile.");
        robot.write("Amira Haddad").type(KeyCode.ENTER);
        assertThat(done).isEqualTo(1);
        ProgressStore store = chooser.model().store().orElseThrow();
        assertThat(store.isReadOnly()).isFalse();
        assertThat(profiles.list()).extracting(Profile::displayName).containsExactly("Amira Haddad");
        assertThat(store.folder()).isEqualTo(profiles.list().get(0).folder());
        assertThat(profiles.lastChosen()).map(Profile::id).contains("amira-haddad");
    }

    @Test
    void theProfileChosenLastIsPreselectedAndEnterOpensIt(FxRobot robot) {
        Profiles profiles = new Profiles(dir);
        profiles.create("Amira");
        Profile ben = profiles.create("Ben");
        profiles.create("Chloe");
        profiles.choose(ben.id()).close();
        show(robot, profiles);
        ListView<?> list = robot.lookup("#profile-list").queryAs(ListView.class);
        assertThat(list.isFocused()).isTrue();
        assertThat(((Profile) list.getSelectionModel().getSelectedItem()).displayName())
                .isEqualTo("Ben");
        robot.type(KeyCode.DOWN).type(KeyCode.ENTER);
        assertThat(done).isEqualTo(1);
        assertThat(chooser.model().store().orElseThrow().folder().getFileName().toString())
                .isEqualTo("chloe");
        assertThat(profiles.lastChosen()).map(Profile::displayName).contains("Chloe");
    }

    @Test
    void aDamagedProgressFileIsExplainedAndItsBackupCanBeRestored(FxRobot robot) throws Exception {
        Profiles profiles = new Profiles(dir);
        Profile ana = profiles.create("Ana");
        try (ProgressStore s = profiles.choose(ana.id())) {
            s.recordAttempt("cadres-q1", "04-cadres", JsonNodeFactory.instance.textNode("B"), 1, 10);
            s.recordAttempt("cadres-q5", "04-cadres", JsonNodeFactory.instance.booleanNode(false), 1, 10);
        }
        Files.writeString(ana.folder().resolve("progress.json"), "{\"schemaVersion\": 2, \"lastSeq\": 2, \"attem");
        show(robot, profiles);
        robot.type(KeyCode.ENTER);
        assertThat(done).as("the learner reads the report first").isZero();
        assertThat(text(robot, "#profile-report"))
                .contains("Your saved progress (progress.json) could not be read")
                .contains("progress.json.unreadable-")
                .contains("A backup saved on")
                .contains("can be restored");
        assertThat(robot.lookup("#profile-restore").query().isVisible()).isTrue();
        ProgressStore store = chooser.model().store().orElseThrow();
        assertThat(store.view().attemptCount()).isZero();

        robot.clickOn("#profile-restore");
        assertThat(text(robot, "#profile-restore-result")).isEqualTo("2 records were restored from the backup.");
        assertThat(store.view().attemptCount()).isEqualTo(2);
        assertThat(robot.lookup("#profile-restore").query().isVisible()).isFalse();
        robot.type(KeyCode.ENTER);
        assertThat(done).isEqualTo(1);
    }

    @Test
    void aProfileOpenInAnotherCopySaysNothingWillBeSaved(FxRobot robot) {
        Profiles profiles = new Profiles(dir);
        Profile ana = profiles.create("Ana");
        try (ProgressStore first = profiles.open(ana.id())) {
            show(robot, profiles);
            robot.type(KeyCode.ENTER);
            ProgressStore second = chooser.model().store().orElseThrow();
            assertThat(second.isReadOnly()).isTrue();
            assertThat(text(robot, "#profile-report"))
                    .isEqualTo(second.readOnlyReason().orElseThrow());
            assertThat(robot.lookup("#profile-restore").query().isVisible()).isFalse();
            robot.type(KeyCode.ENTER);
            assertThat(done).isEqualTo(1);
        }
    }
}
