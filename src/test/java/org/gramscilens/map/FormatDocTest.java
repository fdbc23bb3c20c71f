package org.gramscilens.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.gramscilens.TestCourses;
import org.junit.jupiter.api.Test;

/** docs/concept-map-format.md's example is a map the loader reads without a problem. */
class FormatDocTest {

    @Test
    void theDocumentedExampleLoadsClean() throws Exception {
        String doc =
                Files.readString(TestCourses.bundled().getParent().resolve(Path.of("docs", "concept-map-format.md")));
        int start = doc.indexOf("```yaml\n") + "```yaml\n".length();
        String yaml = doc.substring(start, doc.indexOf("```", start));
        ConceptMapLoader.Result result = ConceptMapLoader.parse(yaml);
        assertThat(result.problems()).isEmpty();
        assertThat(result.map().concepts()).hasSize(2);
        assertThat(result.map().propositions())
                .singleElement()
                .satisfies(p -> assertThat(p.accepts("Work as")).isTrue());
        assertThat(result.map().concept("medical-leaders").orElseThrow().hasPosition())
                .isTrue();
        assertThat(ExerciseSheet.of(
                                result.map(), result.map().exercise("who-leads").orElseThrow())
                        .phraseBank())
                .containsExactly("act as", "commands", "is funded by", "replaces");
    }
}
