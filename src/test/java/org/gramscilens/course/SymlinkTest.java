package org.gramscilens.course;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.gramscilens.TestCourses;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 15 D5 and D14: nothing is taken from outside the course folder through a symbolic link. */
class SymlinkTest {

    @TempDir
    Path dir;

    private Path course;
    private Path outside;

    @BeforeEach
    void courseAndSecrets() throws Exception {
        course = TestCourses.withBrokenLesson(dir.resolve("course"));
        Files.writeString(
                course.resolve("modules/02-broken/lesson.md"), "---\nid: broken\ntitle: Fixed\n---\n\nText.\n");
        outside = TestCourses.write(
                dir.resolve("outside"),
                Map.of(
                        "lesson.md", "---\nid: secret\ntitle: \"Secret\"\n---\n\nSECRET TEXT from outside.\n",
                        "secret.png", "not really a png"));
    }

    @Test
    void aSymlinkedModuleFolderIsRefusedWithAProblemNamingIt() throws Exception {
        Path module = course.resolve("modules/03-second");
        deleteTree(module);
        Files.createSymbolicLink(module, outside);
        Course c = new CourseLoader().load(course);
        assertThat(c.lessons().map(Lesson::body).filter(b -> b != null && b.contains("SECRET")))
                .isEmpty();
        assertThat(c.problems())
                .anySatisfy(p ->
                        assertThat(p.toString()).contains("modules/03-second").contains("outside the course folder"));
    }

    @Test
    void aSymlinkedLessonFileIsRefusedWithAProblemNamingIt() throws Exception {
        Path lesson = course.resolve("modules/03-second/lesson.md");
        Files.delete(lesson);
        Files.createSymbolicLink(lesson, outside.resolve("lesson.md"));
        Course c = new CourseLoader().load(course);
        assertThat(c.lessons().map(Lesson::body).filter(b -> b != null && b.contains("SECRET")))
                .isEmpty();
        assertThat(c.problems())
                .anySatisfy(p -> assertThat(p.toString())
                        .contains("modules/03-second/lesson.md")
                        .contains("outside the course folder"));
        assertThat(new CourseValidator(
                                new CourseLoader(),
                                new LessonScanner(new org.gramscilens.markdown.syntax.MarkdownParser()))
                        .validate(course)
                        .problems())
                .anySatisfy(p -> assertThat(p.toString())
                        .contains("modules/03-second/lesson.md")
                        .contains("outside the course folder"));
    }

    @Test
    void aSymlinkedImageIsNotFoundForTheValidatorAndTheResolver() throws Exception {
        Path lessonFile = course.resolve("modules/01-good/lesson.md");
        Files.writeString(lessonFile, Files.readString(lessonFile) + "\n![s](secret.png)\n");
        Files.createSymbolicLink(course.resolve("modules/01-good/secret.png"), outside.resolve("secret.png"));
        assertThat(CoursePaths.resolve(course, lessonFile.getParent(), "secret.png"))
                .isEmpty();
        assertThat(new CourseValidator(
                                new CourseLoader(),
                                new LessonScanner(new org.gramscilens.markdown.syntax.MarkdownParser()))
                        .validate(course)
                        .problems())
                .anySatisfy(p -> assertThat(p.toString())
                        .contains("modules/01-good/lesson.md")
                        .contains("secret.png"));
    }

    private static void deleteTree(Path p) throws Exception {
        try (var s = Files.walk(p)) {
            for (Path f : (Iterable<Path>) s.sorted(java.util.Comparator.reverseOrder())::iterator) {
                Files.delete(f);
            }
        }
    }
}
