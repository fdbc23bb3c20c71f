package org.gramscilens.ui.quiz;

import java.util.List;
import org.gramscilens.quiz.Matching;
import org.gramscilens.quiz.MissingWord;
import org.gramscilens.quiz.Question;
import org.gramscilens.review.CourseQuestion;
import org.gramscilens.review.DisplayText;

/**
 * A question as the quiz shows it: its texts without markup, its numbered options, the parts of a
 * missing-word sentence, the items and answers of a matching question. Made once per question shown.
 */
public final class ShownQuestion {
    private final CourseQuestion question;
    private final Question.Kind answerKind;
    private final String text;
    private final List<DisplayText.Run> runs;
    private final List<String> options;
    private final List<String> matchItems;
    private final List<String> matchChoices;
    private final List<String> matchRights;

    private ShownQuestion(CourseQuestion question, DisplayText display) {
        this.question = question;
        Question q = question.question();
        this.answerKind = q instanceof MissingWord mw ? mw.underlying().kind() : q.kind();
        this.text = display.of(q.text());
        this.runs = display.runs(q.text());
        this.options = QuestionOptions.texts(question, display);
        this.matchItems = q instanceof Matching m ? m.subquestions().stream().map(p -> display.of(p.left())).toList()
                : List.of();
        this.matchChoices = q instanceof Matching m ? m.answerChoices() : List.of();
        this.matchRights = q instanceof Matching m ? m.subquestions().stream().map(p -> p.right()).toList()
                : List.of();
    }

    static ShownQuestion of(CourseQuestion question, DisplayText display) {
        return new ShownQuestion(question, display);
    }

    public CourseQuestion question() {
        return question;
    }

    /** The kind of answer it takes: a missing-word question answers as its underlying kind. */
    public Question.Kind answerKind() {
        return answerKind;
    }

    public boolean isMissingWord() {
        return question.question().kind() == Question.Kind.MISSING_WORD;
    }

    /** The question text without markup; a missing-word question shows its gap as {@code _____}. */
    public String text() {
        return text;
    }

    /** The question text in runs that keep Markdown's italics, bold and code; they read as {@link #text()}. */
    public List<DisplayText.Run> runs() {
        return runs;
    }

    /** For a missing-word question, the text before the gap; otherwise the whole text. */
    public String textBeforeGap() {
        return MissingWord.blank(text).map(span -> text.substring(0, span[0])).orElse(text);
    }

    /** For a missing-word question, the text after the gap; otherwise empty. */
    public String textAfterGap() {
        return MissingWord.blank(text).map(span -> text.substring(span[1])).orElse("");
    }

    /** The options to choose from, in order, for choice and true/false questions; empty otherwise. */
    public List<String> options() {
        return options;
    }

    /** Whether option {@code i} is a right (positively weighted) one: marked so after submitting. */
    public boolean isRightOption(int i) {
        return QuestionOptions.isRight(question, i);
    }

    /** The left-hand items of a matching question. */
    public List<String> matchItems() {
        return matchItems;
    }

    /** The right answer of each left-hand item of a matching question, in the items' order. */
    public List<String> matchRights() {
        return matchRights;
    }

    /** The right-hand answers a matching question offers, in order. */
    public List<String> matchChoices() {
        return matchChoices;
    }
}
