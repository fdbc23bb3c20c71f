package org.gramscilens.ui.quiz;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.gramscilens.TestCourses;
import org.gramscilens.course.CourseLoader;
import org.gramscilens.markdown.syntax.MarkdownParser;
import org.gramscilens.progress.ProgressStore;
import org.gramscilens.review.CourseQuestions;

/**
 * Saves a picture of the quiz after a scripted run, to look at (not a test). Arguments: output PNG, theme,
 * WxH, module id, first question, then steps: a digit chooses, {@code s} submits, {@code n} goes on,
 * {@code m<i>=<j>} matches item i with answer j, {@code t} types a text answer, {@code end} scrolls to the bottom.
 * Run with the Monocle properties of the pom (headless).
 */
public final class QuizShots extends Application {

    @Override
    public void start(Stage stage) throws Exception {
        List<String> a = getParameters().getRaw();
        Path data = Files.createTempDirectory("quiz-shots");
        ProgressStore store = ProgressStore.open(data.resolve("p"));
        QuizSessions sessions = new QuizSessions(
                CourseQuestions.load(new CourseLoader().load(TestCourses.bundled())),
                store,
                new MarkdownParser(),
                Clock.systemUTC());
        var questions = sessions.questions().forModule(a.get(3));
        QuizSession s =
                sessions.of("Quiz: " + a.get(3), questions.subList(Integer.parseInt(a.get(4)), questions.size()));
        QuizView view = new QuizView(s, t -> {}, () -> {});
        String[] size = a.get(2).split("x");
        Scene scene =
                new Scene((javafx.scene.Parent) view.node(), Double.parseDouble(size[0]), Double.parseDouble(size[1]));
        scene.getStylesheets()
                .addAll(
                        QuizFixture.css("theme-" + a.get(1) + ".css"),
                        QuizFixture.css("app.css"),
                        QuizFixture.css("quiz.css"));
        stage.setScene(scene);
        stage.show();
        for (String step : a.subList(5, a.size())) {
            scene.getRoot().applyCss();
            scene.getRoot().layout();
            if (step.matches("\\d")) {
                s.choose(Integer.parseInt(step) - 1);
            } else if (step.equals("s")) {
                s.submit();
            } else if (step.equals("n")) {
                s.next();
            } else if (step.startsWith("m")) {
                String[] ij = step.substring(1).split("=");
                s.setMatch(Integer.parseInt(ij[0]), s.shown().matchChoices().get(Integer.parseInt(ij[1])));
            } else if (step.equals("t")) {
                s.answerTextProperty().set("A short reflection.");
            } else if (step.equals("end")) {
                ((javafx.scene.control.ScrollPane) scene.getRoot().lookup(".quiz-scroll")).setVvalue(1);
            }
        }
        scene.getRoot().applyCss();
        scene.getRoot().layout();
        Platform.runLater(() -> {
            try {
                ImageIO.write(SwingFXUtils.fromFXImage(scene.snapshot(null), null), "png", new File(a.get(0)));
            } catch (Exception e) {
                e.printStackTrace();
            }
            store.close();
            Platform.exit();
        });
    }

    public static final class Main {
        public static void main(String[] args) {
            Application.launch(QuizShots.class, args);
        }
    }
}
