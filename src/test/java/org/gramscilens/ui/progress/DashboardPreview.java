package org.gramscilens.ui.progress;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import javafx.application.Application;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.gramscilens.TestCourses;
import org.gramscilens.course.CourseLoader;
import org.gramscilens.markdown.syntax.MarkdownParser;
import org.gramscilens.progress.ProgressStore;
import org.gramscilens.progress.StoreOptions;
import org.gramscilens.review.CourseQuestion;
import org.gramscilens.review.CourseQuestions;

/** Shows the dashboard over a few weeks of made-up answers, to look at (not a test). {@code -Dtheme=dark}. */
public final class DashboardPreview extends Application {

    @Override
    public void start(Stage stage) throws Exception {
        CourseQuestions qs = CourseQuestions.load(new CourseLoader().load(TestCourses.bundled()));
        Instant[] now = {Instant.parse("2025-03-01T09:00:00Z")};
        Clock clock = new Clock() {
            @Override
            public java.time.ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId z) {
                return this;
            }

            @Override
            public Instant instant() {
                return now[0];
            }
        };
        ProgressStore store = ProgressStore.open(
                Files.createTempDirectory("dash").resolve("p"),
                StoreOptions.defaults().withClock(clock));
        java.util.Random r = new java.util.Random(4);
        int day = 0;
        for (CourseQuestion q : qs.all().subList(0, 60)) {
            if (q.isGraded()) {
                store.recordAttempt(
                        q.id(), q.moduleId(), JsonNodeFactory.instance.textNode("A"), r.nextInt(4) == 0 ? 0 : 1, 9000);
            } else {
                store.recordReflection(
                        q.id(),
                        "The ward sister is an organic intellectual of the ward: she organises how "
                                + "care is done and wins consent for it, without any title that says so.");
            }
            if (++day % 8 == 0) {
                now[0] = now[0].plus(Duration.ofDays(2));
            }
        }
        DashboardModel model = new DashboardModel(qs, store, new MarkdownParser(), clock);
        ProgressDashboard view = new ProgressDashboard(model, () -> System.out.println("review"));
        Scene scene = new Scene((Parent) view.node(), 1100, Integer.getInteger("h", 900));
        String theme = System.getProperty("theme", "light");
        for (String css : new String[] {"theme-" + theme + ".css", "app.css", "quiz.css"}) {
            scene.getStylesheets()
                    .add(getClass().getResource("/org/gramscilens/ui/" + css).toExternalForm());
        }
        stage.setScene(scene);
        stage.show();
    }

    /** A main class that is not an Application, so a classpath launch works. */
    public static final class Main {
        public static void main(String[] args) {
            Application.launch(DashboardPreview.class, args);
        }
    }
}
