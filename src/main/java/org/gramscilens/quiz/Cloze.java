package org.gramscilens.quiz;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Moodle's "embedded answers" question ({@code multianswer}, exported as {@code type="cloze"}): a text
 * with gaps, each a small short-answer, numerical or choice question of its own ({@link ClozeGap}).
 * As Moodle stores it, the text holds {@code {#1}}, {@code {#2}} ... where the gaps are;
 * {@link #embeddedText()} puts the gaps' definitions back, which is what Moodle XML carries.
 * {@link ClozeSyntax} reads that text.
 *
 * <p>The mark is Moodle's: each gap's fraction times its weight, added up and divided by the weights.
 */
public record Cloze(QuestionInfo info, List<ClozeGap> gaps) implements Question {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{#(\\d+)}");

    public Cloze {
        Objects.requireNonNull(info, "info");
        gaps = List.copyOf(gaps);
    }

    @Override
    public Cloze withInfo(QuestionInfo newInfo) {
        return new Cloze(newInfo, gaps);
    }

    @Override
    public Kind kind() {
        return Kind.CLOZE;
    }

    /** The sum of the gaps' weights: the question's default mark in Moodle. */
    public int totalWeight() {
        return gaps.stream().mapToInt(ClozeGap::weight).sum();
    }

    /** The text with each gap's definition where Moodle writes it ({@code ... {1:SHORTANSWER:=Berlin} ...}). */
    public String embeddedText() {
        StringBuilder out = new StringBuilder();
        for (Part p : parts()) {
            out.append(p.isGap() ? gaps.get(p.gap()).definition() : p.text());
        }
        return out.toString();
    }

    /**
     * The text cut at the gaps, in order: text parts and gap parts (by index into {@link #gaps()}). A
     * placeholder for a gap that does not exist stays text.
     */
    public List<Part> parts() {
        String t = info.text().text();
        List<Part> parts = new ArrayList<>();
        Matcher m = PLACEHOLDER.matcher(t);
        int last = 0;
        while (m.find()) {
            int n = parseIndex(m.group(1));
            if (n < 1 || n > gaps.size()) {
                continue;
            }
            if (m.start() > last) {
                parts.add(Part.text(t.substring(last, m.start())));
            }
            parts.add(Part.gap(n - 1));
            last = m.end();
        }
        if (last < t.length()) {
            parts.add(Part.text(t.substring(last)));
        }
        return parts;
    }

    private static int parseIndex(String digits) {
        return digits.length() > 6 ? -1 : Integer.parseInt(digits);
    }

    /** The text with each gap shown as {@code [1]}, {@code [2]} ... for lists and summaries. */
    public String textWithNumberedGaps() {
        StringBuilder out = new StringBuilder();
        for (Part p : parts()) {
            out.append(p.isGap() ? "[" + (p.gap() + 1) + "]" : p.text());
        }
        return out.toString();
    }

    /** A piece of the text: either text or the gap with index {@code gap}. */
    public record Part(String text, int gap) {
        static Part text(String text) {
            return new Part(text, -1);
        }

        static Part gap(int index) {
            return new Part("", index);
        }

        public boolean isGap() {
            return gap >= 0;
        }
    }
}
