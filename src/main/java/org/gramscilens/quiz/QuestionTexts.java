package org.gramscilens.quiz;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Applies one change to every text a learner reads in a question: question text, general feedback,
 * choices, answer feedback and matching prompts. Answers a learner types (short-answer texts, numbers,
 * matching answers) are left alone, since changing them would change what is marked right.
 */
public final class QuestionTexts {

    private QuestionTexts() {}

    public static Question map(Question q, UnaryOperator<FormattedText> f) {
        QuestionInfo info = q.info().withText(f.apply(q.text())).withGeneralFeedback(f.apply(q.generalFeedback()));
        return switch (q.kind()) {
            case MULTIPLE_CHOICE -> new MultipleChoice(info, choices(((MultipleChoice) q).choices(), f));
            case MULTIPLE_ANSWER -> new MultipleAnswer(info, choices(((MultipleAnswer) q).choices(), f));
            case TRUE_FALSE -> {
                TrueFalse t = (TrueFalse) q;
                yield new TrueFalse(info, t.answer(), f.apply(t.trueFeedback()), f.apply(t.falseFeedback()));
            }
            case SHORT_ANSWER -> {
                ShortAnswer s = (ShortAnswer) q;
                yield new ShortAnswer(
                        info,
                        s.answers().stream()
                                .map(a -> new AcceptedAnswer(a.text(), a.weight(), f.apply(a.feedback())))
                                .toList(),
                        s.caseSensitive());
            }
            case NUMERICAL ->
                new Numerical(
                        info,
                        ((Numerical) q)
                                .answers().stream()
                                        .map(a -> new NumericAnswer(
                                                a.value(), a.tolerance(), a.weight(), f.apply(a.feedback())))
                                        .toList());
            case MATCHING ->
                new Matching(
                        info,
                        ((Matching) q)
                                .pairs().stream()
                                        .map(p -> new MatchPair(f.apply(p.left()), p.right()))
                                        .toList());
            case MISSING_WORD -> new MissingWord(map(((MissingWord) q).underlying(), f));
            case ESSAY, DESCRIPTION -> q.withInfo(info);
            case CLOZE -> cloze((Cloze) q, info, f);
        };
    }

    /**
     * A cloze question's gaps are text inside its text, so the change applies to the whole embedded text,
     * which is then read again; should that fail, the gaps are kept as they were.
     */
    private static Question cloze(Cloze q, QuestionInfo info, UnaryOperator<FormattedText> f) {
        FormattedText whole =
                f.apply(new FormattedText(q.embeddedText(), q.text().format()));
        ClozeSyntax.Parsed again = ClozeSyntax.parse(whole.text());
        if (!again.problems().isEmpty() || again.gaps().size() != q.gaps().size()) {
            return new Cloze(info, q.gaps());
        }
        return new Cloze(info.withText(new FormattedText(again.text(), whole.format())), again.gaps());
    }

    /** Every text a learner reads in the question, in the order {@link #map} visits them. */
    public static List<FormattedText> all(Question q) {
        List<FormattedText> out = new ArrayList<>();
        map(q, t -> {
            out.add(t);
            return t;
        });
        return out;
    }

    private static List<Choice> choices(List<Choice> choices, UnaryOperator<FormattedText> f) {
        return choices.stream()
                .map(c -> new Choice(f.apply(c.text()), c.weight(), f.apply(c.feedback())))
                .toList();
    }
}
