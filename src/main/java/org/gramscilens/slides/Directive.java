package org.gramscilens.slides;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a slide asks the seminar view to do besides showing its Markdown. Each is written alone on a line of
 * the slide, e.g. {@code [quiz: cadres-q2]}, and is taken out of the slide's Markdown.
 */
public sealed interface Directive {

    /** {@code [quiz: QUESTION-ID]}: run this question of the module's quiz.gift as a poll. */
    record QuizPoll(String questionId) implements Directive {}

    /** {@code [map: FILTER]}: reveal this part of the concept map (a lesson id or a filter; kept as written). */
    record MapReveal(String filter) implements Directive {}

    /** {@code [discussion]}: show the lesson's discussion questions (front matter {@code discussion}). */
    record Discussion(List<String> questions) implements Directive {
        public Discussion {
            questions = List.copyOf(questions);
        }
    }

    /** {@code [time: MINUTES]}: the minutes planned for this slide. */
    record Timing(int minutes) implements Directive {}

    /** The longest slide time accepted, in minutes: beyond it a value is almost certainly a slip. */
    int MAX_MINUTES = 600;

    /**
     * A line that is a directive, or a broken one. {@code error} is set, and {@code directive} null, when the
     * line names a directive but its value is wrong ({@code [time: soon]}); such a line stays on the slide.
     */
    record Parsed(Directive directive, String error) {}

    Pattern LINE = Pattern.compile("\\[\\s*(quiz|map|time|discussion)\\s*(?::(.*))?]", Pattern.CASE_INSENSITIVE);

    /**
     * Reads one source line. Empty when the line is no directive at all; {@code discussion} is the
     * lesson's questions, carried by a {@link Discussion}.
     */
    static Optional<Parsed> parse(String line, List<String> discussion) {
        Matcher m = LINE.matcher(line.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        String name = m.group(1).toLowerCase(Locale.ROOT);
        String value = m.group(2) == null ? null : m.group(2).strip();
        String written = line.strip();
        switch (name) {
            case "discussion":
                return Optional.of(
                        value == null
                                ? new Parsed(new Discussion(discussion), null)
                                : new Parsed(null, written + ": [discussion] takes no value; write it alone"));
            case "time":
                if (value != null && value.matches("[0-9]{1,4}")) {
                    int minutes = Integer.parseInt(value);
                    if (minutes >= 1 && minutes <= MAX_MINUTES) {
                        return Optional.of(new Parsed(new Timing(minutes), null));
                    }
                }
                return Optional.of(new Parsed(
                        null, written + ": the time is whole minutes from 1 to " + MAX_MINUTES + ", e.g. [time: 3]"));
            default:
                if (value == null || value.isEmpty()) {
                    return Optional.of(new Parsed(
                            null,
                            written + ": say which "
                                    + (name.equals("quiz")
                                            ? "question, e.g. [quiz: cadres-q2]"
                                            : "part of the map, e.g. [map: cadres]")));
                }
                return Optional.of(new Parsed(name.equals("quiz") ? new QuizPoll(value) : new MapReveal(value), null));
        }
    }
}
