package org.gramscilens.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.DialogPane;
import javafx.stage.Stage;
import org.gramscilens.progress.Profiles;
import org.gramscilens.progress.ProgressStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A learner whose progress file was damaged is told in plain words, and can restore the newest backup. */
@ExtendWith(ApplicationExtension.class)
class StoreNoticeTest {
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new javafx.scene.Scene(new javafx.scene.layout.StackPane(), 400, 300));
        stage.show();
    }

    @Test
    void aDamagedProgressFileIsExplainedAndTheBackupCanBeRestored(FxRobot robot) throws Exception {
        Path data = Files.createTempDirectory("notice");
        Profiles profiles = new Profiles(data);
        String id = profiles.create("Ana").id();
        try (ProgressStore s = profiles.open(id)) {
            s.recordLessonOpened("cadres");
            s.compact();
            s.recordLessonOpened("hegemony");
            s.compact();
        }
        Path snapshot = profiles.find(id).orElseThrow().folder().resolve("progress.json");
        Files.writeString(snapshot, "{ \"schemaVersion\": 2, \"lessons\": [ trunc");
        ProgressStore store = profiles.open(id);
        assertThat(store.openReport().isClean()).isFalse();

        robot.interact(() -> StoreNotice.showIfNeeded(stage, store));
        DialogPane pane = robot.lookup("#store-notice").queryAs(DialogPane.class);
        assertThat(pane.getContentText()).isEqualTo(store.openReport().summary());
        assertThat(Files.list(snapshot.getParent()).map(p -> p.getFileName().toString()))
                .anyMatch(n -> n.startsWith("progress.json.unreadable-"));
        robot.clickOn("Restore Backup");
        WaitForAsyncUtils.waitFor(
                5, TimeUnit.SECONDS, () -> store.view().lessonsOpened().contains("cadres"));
        ShellFixture.closeDialogs(robot);
        store.close();
    }
}
