package org.gramscilens.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.gramscilens.course.Course;
import org.gramscilens.course.CourseInfo;
import org.gramscilens.course.Lesson;
import org.gramscilens.course.Module;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CourseRenderContextTest {
    @TempDir
    Path dir;

    private CourseRenderContext context() throws Exception {
        Path root = dir.resolve("course");
        Files.createDirectories(root.resolve("images"));
        Files.createDirectories(root.resolve("modules/01-a/img"));
        Files.createDirectories(root.resolve("modules/02-b"));
        Files.writeString(root.resolve("images/map.png"), "png");
        Files.writeString(root.resolve("images/my map.png"), "png");
        Files.writeString(root.resolve("modules/01-a/img/local.png"), "png");
        Files.writeString(dir.resolve("secret.png"), "png");
        Files.writeString(root.resolve("modules/01-a/lesson.md"), "# A");
        Files.writeString(root.resolve("modules/02-b/lesson.md"), "# B");
        Lesson a = lesson("what-is", "01-a");
        Lesson b = lesson("vocabulary", "02-b");
        Course course = new Course(
                root,
                new CourseInfo("T", null, List.of(), "CC", null),
                List.of(new Module("01-a", "A", List.of(a), null), new Module("02-b", "B", List.of(b), null)),
                Map.of(),
                Map.of(),
                List.of());
        return new CourseRenderContext(course, a, LinkHandler.NONE, false);
    }

    private static Lesson lesson(String id, String module) {
        return new Lesson(
                id,
                module,
                id,
                "",
                List.of(),
                List.of(),
                List.of(),
                null,
                Path.of("modules", module, "lesson.md"),
                "",
                1,
                null);
    }

    @Test
    void imagesResolveNextToTheLessonThenFromTheCourseFolder() throws Exception {
        CourseRenderContext context = context();
        Path root = dir.resolve("course").toAbsolutePath();
        assertThat(context.resolveImage("img/local.png")).contains(root.resolve("modules/01-a/img/local.png"));
        assertThat(context.resolveImage("images/map.png")).contains(root.resolve("images/map.png"));
        assertThat(context.resolveImage("../../images/map.png")).contains(root.resolve("images/map.png"));
        assertThat(context.resolveImage("images/my%20map.png")).contains(root.resolve("images/my map.png"));
    }

    @Test
    void missingOrOutsideImagesAreRefused() throws Exception {
        CourseRenderContext context = context();
        assertThat(context.resolveImage("images/none.png")).isEmpty();
        assertThat(context.resolveImage("../../../secret.png")).isEmpty();
        assertThat(context.resolveImage(
                        dir.resolve("secret.png").toAbsolutePath().toString()))
                .isEmpty();
        assertThat(context.resolveImage("file:///etc/hostname")).isEmpty();
        assertThat(context.resolveImage("https://example.org/x.png")).isEmpty();
        assertThat(context.resolveImage("C:\\x.png")).isEmpty();
        assertThat(context.resolveImage("")).isEmpty();
    }

    @Test
    void lessonFilePathsMapToLessonIds() throws Exception {
        CourseRenderContext context = context();
        assertThat(context.lessonIdForPath("../02-b/lesson.md")).contains("vocabulary");
        assertThat(context.lessonIdForPath("modules/02-b/lesson.md")).contains("vocabulary");
        assertThat(context.lessonIdForPath("lesson.md")).contains("what-is");
        assertThat(context.lessonIdForPath("../03-c/lesson.md")).isEmpty();
    }
}
