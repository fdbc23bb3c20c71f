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
    private final List<org.gramscilens.quiz.Cloze.Part> clozeParts;
    private final List<List<String>> gapChoices;

    private ShownQuestion(CourseQuestion question, DisplayText display) {
        this.question = question;
        Question q = question.question();
        this.answerKind = q instanceof MissingWord mw ? mw.underlying().kind() : q.kind();
        this.text = display.of(q.text());
        this.runs = display.runs(q.text());
        this.options = QuestionOptions.texts(question, display);
        this.matchItems = q instanceof Matching m
                ? m.subquestions().stream().map(p -> display.of(p.left())).toList()
                : List.of();
        this.matchChoices = q instanceof Matching m ? m.answerChoices() : List.of();
        this.matchRights = q instanceof Matching m
                ? m.subquestions().stream().map(p -> p.right()).toList()
                : List.of();
        this.clozeParts = q instanceof org.gramscilens.quiz.Cloze c ? clozeParts(c, display) : List.of();
        this.gapChoices = q instanceof org.gramscilens.quiz.Cloze c
                ? c.gaps().stream()
                        .map(g -> g.choices().stream()
                                .map(ch -> display.of(ch.text()))
                                .toList())
                        .toList()
                : List.of();
    }

    /**
     * A cloze text without markup, cut at its gaps. The whole text is made plain at once (its HTML runs across
     * the gaps), with a mark where each gap goes; should the mark not survive, each piece is made plain alone.
     */
    private static List<org.gramscilens.quiz.Cloze.Part> clozeParts(org.gramscilens.quiz.Cloze c, DisplayText display) {
        List<org.gramscilens.quiz.Cloze.Part> parts = c.parts();
        StringBuilder marked = new StringBuilder();
        parts.forEach(p -> marked.append(p.isGap() ? "\uE000" : p.text()));
        String[] plain = display.of(marked.toString(), c.text().format()).split("\uE000", -1);
        long gaps =
                parts.stream().filter(org.gramscilens.quiz.Cloze.Part::isGap).count();
        List<org.gramscilens.quiz.Cloze.Part> out = new java.util.ArrayList<>();
        int piece = 0;
        for (org.gramscilens.quiz.Cloze.Part p : parts) {
            if (p.isGap()) {
                if (plain.length == gaps + 1) {
                    out.add(new org.gramscilens.quiz.Cloze.Part(plain[piece++], -1));
                }
                out.add(p);
            } else if (plain.length != gaps + 1) {
                out.add(new org.gramscilens.quiz.Cloze.Part(
                        display.of(p.text(), c.text().format()), -1));
            }
        }
        if (plain.length == gaps + 1) {
            out.add(new org.gramscilens.quiz.Cloze.Part(plain[piece], -1));
        }
        out.removeIf(p -> !p.isGap() && p.text().isEmpty());
        return out;
    }

    /** A cloze question's text cut at its gaps, without markup; empty for other questions. */
    public List<org.gramscilens.quiz.Cloze.Part> clozeParts() {
        return clozeParts;
    }

    /** The choices of each gap of a cloze question, without markup (empty for a typed gap). */
    public List<List<String>> gapChoices() {
        return gapChoices;
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
