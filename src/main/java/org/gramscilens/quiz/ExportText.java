package org.gramscilens.quiz;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gramscilens.markdown.syntax.Citations;

/**
 * Questions as another tool should receive them: nothing only this app understands. Pandoc citations
 * ({@code [@therborn1980, pp. 58-59]}) become author-date text ({@code (Therborn 1980, pp. 58-59)});
 * links to the glossary and to lessons ({@code [consent](glossary:hegemony)}, {@code <a href="lesson:04-cadres">})
 * become their plain link text. Other links and all other markup stay as they are, since Moodle reads them.
 */
public final class ExportText {

    private static final Pattern MD_LINK = Pattern.compile(
            "\\[([^\\[\\]]*)\\]\\(\\s*((?:glossary|lesson):[^)\\s]*|[^)\\s:]*\\.md(?:#[^)\\s]*)?)\\s*\\)");
    private static final Pattern HTML_LINK =
            Pattern.compile("(?is)<a\\s[^>]*href\\s*=\\s*[\"'](?:glossary|lesson):[^\"']*[\"'][^>]*>(.*?)</a\\s*>");

    private final Function<String, String> shortLabel;
    private final Set<String> unknownKeys = new LinkedHashSet<>();

    /**
     * @param shortLabel the author-date label of a reference key ({@code "Therborn 1980"}), or
     *                   {@code null} for a key the course does not know (then the key itself is shown)
     */
    public ExportText(Function<String, String> shortLabel) {
        this.shortLabel = Objects.requireNonNull(shortLabel, "shortLabel");
    }

    public List<Question> clean(List<Question> questions) {
        List<Question> out = new ArrayList<>(questions.size());
        for (Question q : questions) {
            out.add(QuestionTexts.map(q, this::clean));
        }
        return out;
    }

    public FormattedText clean(FormattedText text) {
        return text.isEmpty() ? text : FormattedText.of(clean(text.text()), text.format());
    }

    /** The citation keys met so far that had no reference, in the order met. */
    public Set<String> unknownKeys() {
        return Set.copyOf(unknownKeys);
    }

    String clean(String text) {
        String s = HTML_LINK.matcher(text).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
        s = MD_LINK.matcher(s).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
        return Citations.toAuthorDate(s, this::label);
    }

    private String label(String key) {
        String label = shortLabel.apply(key);
        if (label == null) {
            unknownKeys.add(key);
            return key;
        }
        return label;
    }
}
