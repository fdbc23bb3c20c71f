package org.gramscilens.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.gramscilens.TestCourses;
import org.gramscilens.progress.ProgressStore;
import org.gramscilens.progress.QuizAttempt;
import org.gramscilens.settings.ClassSettingsStore;
import org.gramscilens.ui.quiz.QuizSession;
import org.gramscilens.ui.quiz.QuizView;
import org.gramscilens.xapi.ActivityIds;
import org.gramscilens.xapi.LrsClient;
import org.gramscilens.xapi.LrsProcess;
import org.gramscilens.xapi.SyncState;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A learner turns on "send my progress" in Settings → Class against a real LRS (Learning Locker's
 * xapi-statements), answers a question: the toolbar goes to "Synced" and the LRS holds the answer.
 */
@ExtendWith(ApplicationExtension.class)
class ClassSyncFlowTest {
    private static LrsProcess lrs;
    private ShellFixture app;

    @BeforeAll
    static void startLrs(@TempDir Path storage) throws Exception {
        lrs = LrsProcess.start(storage);
        System.setProperty("gramsci.syncSeconds", "1");
    }

    @AfterAll
    static void stopLrs() throws Exception {
        System.clearProperty("gramsci.syncSeconds");
        lrs.close();
    }

    @Start
    void start(Stage stage) throws Exception {
        app = ShellFixture.open(stage, TestCourses.bundled());
    }

    @AfterEach
    void closeDialogs(FxRobot robot) {
        ShellFixture.closeDialogs(robot);
    }

    @Test
    void answerAQuestionWithSyncOnAndTheLrsHoldsItOnce(FxRobot robot) throws Exception {
        Label status = robot.lookup("#toolbar-sync").queryAs(Label.class);
        assertThat(status.isVisible())
                .as("nothing is sent until the learner turns it on")
                .isFalse();

        Platform.runLater(() -> app.window.classSettings());
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> robot.lookup("#class-endpoint")
                        .tryQuery()
                        .map(n -> n.getScene() != null
                                && n.getScene().getWindow() != null
                                && n.getScene().getWindow().isShowing())
                        .orElse(false));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#class-endpoint").write(lrs.endpoint().toString());
        robot.clickOn("#class-key").write("lecturer");
        robot.clickOn("#class-secret").write("s3cret-value");
        robot.clickOn("#class-test");
        WaitForAsyncUtils.waitFor(
                15,
                TimeUnit.SECONDS,
                () -> robot.lookup("#class-test-result")
                        .queryLabeled()
                        .getText()
                        .startsWith("Connected"));
        robot.clickOn("#class-send");
        robot.clickOn(robot.lookup(".button")
                .match(n -> n instanceof Button b && "Save".equals(b.getText()))
                .queryAs(Button.class));
        WaitForAsyncUtils.waitForFxEvents();

        Path settingsFile = app.window.store().folder().resolve(ClassSettingsStore.FILE);
        assertThat(Files.getPosixFilePermissions(settingsFile)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(new ClassSettingsStore(app.window.store().folder()).load().sending())
                .isTrue();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> status.isVisible() && "Synced".equals(status.getText()));

        robot.clickOn("4  Cadres");
        robot.interact(() -> ShellFixture.firstOnPage(robot, "#lesson-quiz-start", Button.class)
                .fire());
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> robot.lookup("#quiz-question").tryQuery().isPresent());
        QuizSession session =
                ((QuizView) ShellFixture.page(robot).getProperties().get(QuizView.class)).session();
        while (session.shown().options().isEmpty()) {
            robot.type(KeyCode.N);
        }
        robot.type(KeyCode.DIGIT1).type(KeyCode.ENTER);
        assertThat(session.phase()).isEqualTo(QuizSession.Phase.SUBMITTED);

        ProgressStore store = app.window.store();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> store.view().attemptCount() == 1);
        QuizAttempt attempt = store.view().attempts().get(0);
        WaitForAsyncUtils.waitFor(
                20,
                TimeUnit.SECONDS,
                () -> SyncState.open(store.folder()).sentThrough() >= attempt.seq()
                        && "Synced".equals(status.getText()));

        String pseudonym = SyncState.open(store.folder()).pseudonym();
        String questionIri = new ActivityIds(app.model().course().info().title()).question(attempt.questionId());
        List<String> held = new ArrayList<>();
        new LrsClient(lrs.endpoint(), "k", "s", Duration.ofSeconds(10))
                .fetchActivity(
                        questionIri,
                        page -> page.stream()
                                .filter(s -> pseudonym.equals(
                                        s.at("/actor/account/name").asText()))
                                .forEach(s -> held.add(s.at("/verb/id").asText() + " "
                                        + s.at("/result/response").asText())));
        assertThat(held).hasSize(1);
        assertThat(held.get(0)).startsWith("http://adlnet.gov/expapi/verbs/answered ");
        // the secret is in the owner-only settings file, and nowhere in the progress store
        assertThat(Files.readString(settingsFile)).contains("s3cret-value");
        try (var files = Files.walk(store.folder())) {
            for (Path f : files.filter(Files::isRegularFile)
                    .filter(f -> !f.equals(settingsFile))
                    .toList()) {
                assertThat(Files.readString(f, java.nio.charset.StandardCharsets.ISO_8859_1))
                        .doesNotContain("s3cret-value");
            }
        }
        assertThat(new ObjectMapper()
                        .readTree(store.folder().resolve(SyncState.FILE).toFile())
                        .path("sentThrough")
                        .asLong())
                .isGreaterThanOrEqualTo(attempt.seq());
    }
}
