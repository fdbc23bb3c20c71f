package org.gramscilens.ui.quiz;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.gramscilens.TestCourses;
import org.gramscilens.course.Course;
import org.gramscilens.course.CourseLoader;
import org.gramscilens.markdown.syntax.MarkdownParser;
import org.gramscilens.progress.ProgressStore;
import org.gramscilens.review.CourseQuestions;

/**
 * Shows the quiz in a window, to look at (not a test):
 * {@code java -cp ... -Dtheme=dark -Dsize=770x520 org.gramscilens.ui.quiz.QuizPreview$Main 03-who-are-medical-leaders [first-question-index]}.
 */
public final class QuizPreview extends Application {

    @Override
    public void start(Stage stage) throws Exception {
        Course course = new CourseLoader().load(TestCourses.bundled());
        Path data = Files.createTempDirectory("quiz-preview");
        ProgressStore store = ProgressStore.open(data.resolve("p"));
        QuizSessions sessions =
                new QuizSessions(CourseQuestions.load(course), store, new MarkdownParser(), Clock.systemUTC());
        String module = getParameters().getRaw().isEmpty()
                ? "03-who-are-medical-leaders"
                : getParameters().getRaw().get(0);
        int from = getParameters().getRaw().size() > 1
                ? Integer.parseInt(getParameters().getRaw().get(1))
                : 0;
        var questions = sessions.questions().forModule(module);
        QuizSession session = sessions.of("Quiz: " + module, questions.subList(from, questions.size()));
        QuizView view = new QuizView(session, target -> System.out.println("open " + target), stage::close);
        String[] size = System.getProperty("size", "1100x800").split("x");
        Scene scene =
                new Scene((javafx.scene.Parent) view.node(), Double.parseDouble(size[0]), Double.parseDouble(size[1]));
        String theme = System.getProperty("theme", "light");
        scene.getStylesheets()
                .addAll(
                        getClass()
                                .getResource("/org/gramscilens/ui/theme-" + theme + ".css")
                                .toExternalForm(),
                        getClass().getResource("/org/gramscilens/ui/app.css").toExternalForm(),
                        getClass().getResource("/org/gramscilens/ui/quiz.css").toExternalForm());
        stage.setScene(scene);
        stage.setTitle("Quiz preview");
        stage.show();
    }

    /** A main class that is not an Application, so the classpath launch works without a module path. */
    public static final class Main {
        public static void main(String[] args) {
            Application.launch(QuizPreview.class, args);
        }
    }
}
