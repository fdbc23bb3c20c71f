package org.gramscilens.course;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.gramscilens.markdown.syntax.MarkdownParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyntheticCourseTest {

    @Test
    void lessonIsTheAskedSizeAndTheSameForTheSameSeed() {
        String md = SyntheticCourse.lessonMarkdown(7, 50_000, SyntheticCourse.TERMS, SyntheticCourse.REFERENCE_KEYS);
        assertThat(md.length()).isBetween(50_000, 52_000);
        assertThat(md)
                .isEqualTo(SyntheticCourse.lessonMarkdown(
                        7, 50_000, SyntheticCourse.TERMS, SyntheticCourse.REFERENCE_KEYS));
        assertThat(md)
                .isNotEqualTo(SyntheticCourse.lessonMarkdown(
                        8, 50_000, SyntheticCourse.TERMS, SyntheticCourse.REFERENCE_KEYS));
        assertThat(md).contains("## ", "[@therborn1980", "hegemony", "|---|---|", "> ", "- ");
    }

    @Test
    void generatedCourseLoadsAndValidatesClean(@TempDir Path dir) throws Exception {
        SyntheticCourse.writeCourse(dir, 12, 3_000);
        CourseValidator.Report report =
                new CourseValidator(new CourseLoader(), new LessonScanner(new MarkdownParser())).validate(dir);
        // Generated block quotations cite books without pages: item-writing warnings, not errors.
        assertThat(report.problems()).filteredOn(p -> !p.warning()).isEmpty();
        assertThat(report.course().lessons()).hasSize(12);
        assertThat(report.course().lesson("lesson-5"))
                .get()
                .extracting(Lesson::body)
                .asString()
                .contains("marker-5");
        assertThat(report.course().glossary()).hasSize(SyntheticCourse.TERMS.size());
        assertThat(report.course().references()).containsOnlyKeys(SyntheticCourse.REFERENCE_KEYS);
    }
}
