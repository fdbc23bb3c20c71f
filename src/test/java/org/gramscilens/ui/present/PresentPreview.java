package org.gramscilens.ui.present;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.application.Application;
import javafx.stage.Stage;
import org.gramscilens.TestCourses;
import org.gramscilens.course.Course;
import org.gramscilens.course.CourseLoader;
import org.gramscilens.course.Lesson;

/**
 * Presents a lesson, to look at (not a test):
 * {@code java -cp ... -Dtheme=dark -Dslide=3 org.gramscilens.ui.present.PresentPreview$Main [lesson-id|seminar]}.
 * "seminar" (polls, a map, notes) and "long" (an overlong slide) are lessons of the test course; any other
 * id is a lesson of the bundled course.
 */
public final class PresentPreview extends Application {

    @Override
    public void start(Stage stage) throws Exception {
        String id = getParameters().getRaw().isEmpty()
                ? "cadres"
                : getParameters().getRaw().get(0);
        Path root = id.equals("seminar") || id.equals("long")
                ? SeminarCourse.write(Files.createTempDirectory("seminar-preview"))
                : TestCourses.bundled();
        Course course = new CourseLoader().load(root);
        Lesson lesson = course.lesson(id).orElseThrow(() -> new IllegalArgumentException("no lesson " + id));
        Presenter p = Presenter.present(
                null,
                course,
                lesson,
                Presenter.Options.defaults()
                        .withDark("dark".equals(System.getProperty("theme", "dark")))
                        .withFullScreen(Boolean.getBoolean("fullScreen")));
        p.model().goTo(Integer.getInteger("slide", 1) - 1);
        if (Boolean.getBoolean("speaker")) {
            p.model().toggleSpeaker();
        }
    }

    /** A main class that is not an Application, so the classpath launch works without a module path. */
    public static final class Main {
        public static void main(String[] args) {
            Application.launch(PresentPreview.class, args);
        }
    }
}
