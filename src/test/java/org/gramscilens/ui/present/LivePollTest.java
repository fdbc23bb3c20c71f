package org.gramscilens.ui.present;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.gramscilens.course.Course;
import org.gramscilens.settings.ClassSettings;
import org.gramscilens.ui.classview.LrsPollSource;
import org.gramscilens.xapi.ActivityIds;
import org.gramscilens.xapi.LrsClient;
import org.gramscilens.xapi.LrsProcess;
import org.gramscilens.xapi.Statement;
import org.gramscilens.xapi.Verbs;
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
 * A poll slide with a class LRS (Learning Locker's xapi-statements, real): answers learners send after the
 * slide opened appear as live bars, each learner's latest answer once; answers from before do not count;
 * the show of hands (lettered options) is still there.
 */
@ExtendWith(ApplicationExtension.class)
class LivePollTest {
    @TempDir
    static Path dir;

    private static Course course;
    private static LrsProcess lrs;
    private static LrsClient client;
    private PresentFixture app;

    @BeforeAll
    static void startLrs() throws Exception {
        course = Decks.seminar(dir.resolve("course"));
        lrs = LrsProcess.start(dir.resolve("lrs"));
        client = new LrsClient(lrs.endpoint(), "k", "s", Duration.ofSeconds(10));
    }

    @AfterAll
    static void stopLrs() throws Exception {
        lrs.close();
    }

    @Start
    void start(Stage stage) {
        ClassSettings settings = new ClassSettings(lrs.endpoint().toString(), "k", "s", false, false, "", "", false);
        app = PresentFixture.present(
                stage,
                course,
                "seminar",
                Presenter.Options.defaults().withLivePolls(new LrsPollSource(settings, course)));
    }

    @AfterEach
    void close(FxRobot robot) {
        app.close(robot);
    }

    private static void answer(String learner, String response) {
        ObjectNode s = JsonNodeFactory.instance.objectNode();
        UUID id = UUID.randomUUID();
        s.put("id", id.toString());
        ObjectNode actor = s.putObject("actor");
        actor.put("objectType", "Agent");
        actor.putObject("account")
                .put("homePage", "https://gramsci-lens.org/learner")
                .put("name", learner);
        s.putObject("verb").put("id", Verbs.ANSWERED.id());
        s.putObject("object")
                .put("objectType", "Activity")
                .put("id", new ActivityIds(course.info().title()).question("cadres-q1"));
        s.putObject("result").put("response", response);
        s.put("timestamp", Instant.now().toString());
        assertThat(client.post(List.of(new Statement(0, id, s))).outcome()).isEqualTo(LrsClient.Outcome.STORED);
    }

    private String count(FxRobot robot, String letter) {
        return robot.lookup("#poll-live-count-" + letter)
                .tryQuery()
                .map(n -> ((Label) n).getText())
                .orElse("?");
    }

    @Test
    void answersSinceTheSlideOpenedAppearAsLiveBars(FxRobot robot) throws Exception {
        answer("early", "A"); // before the poll slide opens: not counted
        Thread.sleep(20);
        robot.type(KeyCode.RIGHT);
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> robot.lookup("#poll-live").tryQuery().isPresent());
        assertThat(PresentFixture.all(app.slide().node(), ".slide-poll-option", javafx.scene.layout.HBox.class))
                .hasSize(4);

        answer("ann", "C");
        answer("ben", "B");
        answer("cat", "B");
        answer("ann", "B"); // Ann changes her mind: her latest answer counts
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> "3".equals(count(robot, "B")));
        assertThat(count(robot, "A")).isEqualTo("0");
        assertThat(count(robot, "C")).isEqualTo("0");
        assertThat(robot.lookup("#poll-live")
                        .queryAs(javafx.scene.layout.VBox.class)
                        .getChildren()
                        .get(0))
                .extracting(n -> ((Label) n).getText())
                .isEqualTo("Answers in the class LRS since this slide opened: 3");
        Region b = robot.lookup("#poll-live-bar-B").queryAs(Region.class);
        Region a = robot.lookup("#poll-live-bar-A").queryAs(Region.class);
        assertThat(b.getPrefWidth()).isEqualTo(LiveBars.MAX_BAR);
        assertThat(a.getPrefWidth()).isZero();

        // leaving the slide and coming back starts the count again (→ on a poll slide reveals the answer first)
        robot.interact(() -> app.model().goTo(2));
        assertThat(app.model().index()).isEqualTo(2);
        robot.interact(() -> app.model().goTo(1));
        assertThat(app.model().index()).isEqualTo(1);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> "0".equals(count(robot, "B")));
        answer("dan", "D");
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> "1".equals(count(robot, "D")));
        assertThat(count(robot, "B")).isEqualTo("0");
    }
}
