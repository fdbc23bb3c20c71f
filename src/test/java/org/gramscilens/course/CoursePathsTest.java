package org.gramscilens.course;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class CoursePathsTest {
    @Test
    void pathsLeavingTheFolderAreRefused() {
        assertThat(CoursePaths.refusal("images/a.png")).isEmpty();
        assertThat(CoursePaths.refusal("../a.png")).get().asString().contains("leaves the course folder");
        assertThat(CoursePaths.refusal("a/../../b.png")).isPresent();
        assertThat(CoursePaths.refusal("/etc/passwd")).get().asString().contains("absolute path");
        assertThat(CoursePaths.refusal("C:\\Windows\\x.png")).isPresent();
        // Found by CourseFuzzTest#courseYaml: a NUL made Path.resolve throw out of the course loader.
        assertThat(CoursePaths.refusal("a\0b")).get().asString().contains("not allowed in a file name");
        assertThat(CoursePaths.resolve(Path.of("/course"), Path.of("/course"), "a\0b.png"))
                .isEmpty();
        Path root = Path.of("/course");
        assertThat(CoursePaths.resolve(root, root.resolve("modules/m"), "img/a.png"))
                .contains(Path.of("/course/modules/m/img/a.png"));
        assertThat(CoursePaths.resolve(root, root.resolve("modules/m"), "../../../x.png"))
                .isEmpty();
    }
}
