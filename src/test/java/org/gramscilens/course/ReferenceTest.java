package org.gramscilens.course;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReferenceTest {
    private static Reference article(List<String> authors) {
        return new Reference(
                "k",
                "article",
                authors,
                null,
                2010,
                "Transformational leadership in the public sector: does structure matter?",
                "Journal of Public Administration Research and Theory",
                null,
                "20",
                "1",
                "75-89",
                null,
                null,
                null,
                null,
                0);
    }

    @Test
    void labelsFollowAuthorDateStyle() {
        assertThat(article(List.of("Wright, Bradley E.", "Pandey, Sanjay K.")).shortLabel())
                .isEqualTo("Wright & Pandey 2010");
        assertThat(article(List.of("Therborn, Göran")).authorLabel()).isEqualTo("Therborn");
        assertThat(article(List.of("A, a", "B, b", "C, c")).authorLabel()).isEqualTo("A et al.");
    }

    @Test
    void formattedArticleHasJournalVolumeIssueAndPages() {
        assertThat(article(List.of("Wright, Bradley E.", "Pandey, Sanjay K.")).formatted())
                .isEqualTo(
                        "Wright, Bradley E.; Pandey, Sanjay K. (2010) Transformational leadership in the public sector: does structure"
                                + " matter? Journal of Public Administration Research and Theory 20(1): 75-89.");
    }
}
