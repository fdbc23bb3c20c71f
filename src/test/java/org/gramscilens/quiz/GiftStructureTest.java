package org.gramscilens.quiz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gramscilens.quiz.GiftAsserts.m;
import static org.gramscilens.quiz.GiftAsserts.one;
import static org.gramscilens.quiz.GiftAsserts.parse;

import java.util.List;
import org.junit.jupiter.api.Test;

class GiftStructureTest {

    @Test
    void blankLinesSeparateQuestionsAndCommentLinesAreSkipped() {
        List<Question> qs = parse("""
                // a comment before the first question
                ::a:: One {T}
                // a comment inside the file

                   \t
                ::b:: Two
                // a comment inside a question
                continues here {F}
                """);
        assertThat(qs).extracting(Question::id).containsExactly("a", "b");
        assertThat(qs.get(1).text().text()).isEqualTo("Two\ncontinues here");
    }

    @Test
    void slashesInsideALineAreText() {
        assertThat(one("See http://example.org for more. {T}").text().text())
                .isEqualTo("See http://example.org for more.");
    }

    @Test
    void titleIsTheIdAndIsTrimmed() {
        Question q = one("::  hegemony-1 :: What is hegemony? {=consent ~force}");
        assertThat(q.title()).isEqualTo("hegemony-1");
        assertThat(q.id()).isEqualTo("hegemony-1");
        assertThat(q.text()).isEqualTo(m("What is hegemony?"));
    }

    @Test
    void untitledQuestionsGetAnIdHashedFromTheirText() {
        List<Question> qs = parse("Same text {T}\n\nSame text {F}\n\nOther text {T}\n");
        String base = QuestionIds.fromText("Same text");
        assertThat(base).matches("q-[0-9a-f]{10}");
        assertThat(qs).extracting(Question::id).containsExactly(base, base + "-2", QuestionIds.fromText("Other text"));
        assertThat(qs.get(0).title()).isEmpty();
    }

    @Test
    void categoryAppliesToTheQuestionsThatFollow() {
        List<Question> qs = parse("""
                ::a:: Before {T}

                $CATEGORY: $course$/top/Vocabulary

                ::b:: In it {T}

                ::c:: Still in it {T}

                $CATEGORY:   Subaltern/Voices

                ::d:: Next {T}
                """);
        assertThat(qs)
                .extracting(Question::category)
                .containsExactly("", "$course$/top/Vocabulary", "$course$/top/Vocabulary", "Subaltern/Voices");
    }

    @Test
    void sourcePositionIsWhereTheQuestionStarts() {
        List<Question> qs = parse("// header\n\n  ::a:: x {T}\n\n// c\n\tSecond {F}\n");
        assertThat(qs.get(0).source()).isEqualTo(new SourcePosition(3, 3));
        assertThat(qs.get(1).source()).isEqualTo(new SourcePosition(6, 2));
    }

    @Test
    void windowsLineEndingsAndAByteOrderMarkAreAccepted() {
        List<Question> qs = parse("\uFEFF::a:: One {T}\r\n\r\n::b:: Two\r\n{F}\r\n");
        assertThat(qs).extracting(Question::id).containsExactly("a", "b");
    }
}
