package org.gramscilens.review;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import org.gramscilens.quiz.ReviewState;
import org.junit.jupiter.api.Test;

class ReviewStateJsonTest {

    private final ObjectMapper mapper = new ObjectMapper();

    @Test
    void writesTheDocumentedFieldsAndReadsThemBack() throws Exception {
        ReviewState s = new ReviewState(
                2, 2.6, 6, Instant.parse("2025-03-04T10:15:37Z"), Instant.parse("2025-03-10T10:15:37Z"));
        assertThat(mapper.writeValueAsString(ReviewStateJson.toJson(s)))
                .isEqualTo(
                        "{\"repetitions\":2,\"ease\":2.6,\"intervalDays\":6,\"lastReviewed\":\"2025-03-04T10:15:37Z\",\"due\":\"2025-03-10T10:15:37Z\"}");
        assertThat(ReviewStateJson.fromJson(ReviewStateJson.toJson(s))).contains(s);
        assertThat(ReviewStateJson.fromJson(ReviewStateJson.toJson(ReviewState.fresh())))
                .contains(ReviewState.fresh());
    }

    @Test
    void readsTheExampleOfTheProgressFormatAndRefusesOtherShapes() throws Exception {
        assertThat(
                        ReviewStateJson.fromJson(
                                mapper.readTree(
                                        "{\"ease\":2.5,\"intervalDays\":1,\"repetitions\":1,\"due\":\"2025-03-05T10:15:37Z\",\"later\":true}")))
                .hasValueSatisfying(s -> {
                    assertThat(s.due()).isEqualTo(Instant.parse("2025-03-05T10:15:37Z"));
                    assertThat(s.lastReviewed()).isNull();
                });
        for (String bad : new String[] {
            "\"due\"",
            "{}",
            "{\"ease\":1.0,\"intervalDays\":1,\"repetitions\":1}",
            "{\"ease\":2.5,\"intervalDays\":1.5,\"repetitions\":1}",
            "{\"ease\":2.5,\"intervalDays\":1,\"repetitions\":1,\"due\":\"soon\"}",
            "{\"ease\":2.5,\"intervalDays\":1,\"repetitions\":-1}"
        }) {
            assertThat(ReviewStateJson.fromJson(mapper.readTree(bad))).as(bad).isEmpty();
        }
    }
}
