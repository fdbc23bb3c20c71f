package org.gramscilens.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuestionTextsTest {
    @Test
    void allGivesEveryTextALearnerReadsButNotTheAnswersTheyType() {
        List<Question> qs = new GiftParser().parse("""
                ::mc::Which? {=right#fb right ~wrong#fb wrong ####general}

                ::sa::Type it {=typed#fb typed}

                ::match::Pair {=left one -> right one =left two -> right two}
                """, "t.gift").questions();
        assertThat(QuestionTexts.all(qs.get(0)))
                .extracting(FormattedText::text)
                .containsExactly("Which?", "general", "right", "fb right", "wrong", "fb wrong");
        assertThat(QuestionTexts.all(qs.get(1)))
                .extracting(FormattedText::text)
                .contains("Type it", "fb typed")
                .doesNotContain("typed");
        assertThat(QuestionTexts.all(qs.get(2)))
                .extracting(FormattedText::text)
                .contains("left one", "left two")
                .doesNotContain("right one");
    }
}
