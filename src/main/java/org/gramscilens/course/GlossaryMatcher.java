package org.gramscilens.course;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Finds glossary terms and their aliases in text: case-insensitive, whole words only, and the
 * longest spelling wins where spellings overlap. Built once per glossary (one compiled pattern);
 * {@link #find} is then cheap per paragraph. No JavaFX.
 */
public final class GlossaryMatcher {

    /** A spelling found at {@code [start, end)} of the searched text. */
    public record Match(int start, int end, GlossaryTerm term) {}

    private static final GlossaryMatcher EMPTY = new GlossaryMatcher(null, Map.of());
    private static final String WORD_CHAR = "[\\p{L}\\p{N}_]";

    private final Pattern pattern;
    private final Map<String, GlossaryTerm> bySpelling;

    private GlossaryMatcher(Pattern pattern, Map<String, GlossaryTerm> bySpelling) {
        this.pattern = pattern;
        this.bySpelling = bySpelling;
    }

    public static GlossaryMatcher of(Collection<GlossaryTerm> terms) {
        Map<String, GlossaryTerm> bySpelling = new HashMap<>();
        for (GlossaryTerm term : terms) {
            for (String spelling : term.spellings()) {
                if (spelling != null && !spelling.isBlank()) {
                    bySpelling.putIfAbsent(normalise(spelling), term);
                }
            }
        }
        if (bySpelling.isEmpty()) {
            return EMPTY;
        }
        // Longest first, so at any one position the alternation prefers the longest spelling.
        String alternation = bySpelling.keySet().stream()
                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(s -> s))
                .map(s -> List.of(s.split(" ")).stream().map(Pattern::quote).collect(Collectors.joining("\\s+")))
                .collect(Collectors.joining("|"));
        Pattern pattern = Pattern.compile(
                "(?<!" + WORD_CHAR + ")(?:" + alternation + ")(?!" + WORD_CHAR + ")",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        return new GlossaryMatcher(pattern, Map.copyOf(bySpelling));
    }

    /** Non-overlapping matches in text order; where two overlap, the longer wins (then the earlier). */
    public List<Match> find(CharSequence text) {
        if (pattern == null || text.length() == 0) {
            return List.of();
        }
        List<Match> candidates = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        int from = 0;
        // Each find() gives the longest spelling starting at the leftmost possible position; restarting
        // one character later also finds spellings that begin inside an earlier match.
        while (from < text.length() && m.find(from)) {
            GlossaryTerm term = bySpelling.get(normalise(m.group()));
            if (term != null) {
                candidates.add(new Match(m.start(), m.end(), term));
            }
            from = m.start() + 1;
        }
        if (candidates.size() < 2) {
            return candidates;
        }
        candidates.sort(Comparator.comparingInt((Match c) -> c.end() - c.start())
                .reversed()
                .thenComparingInt(Match::start));
        List<Match> chosen = new ArrayList<>();
        for (Match c : candidates) {
            if (chosen.stream().noneMatch(o -> c.start() < o.end() && o.start() < c.end())) {
                chosen.add(c);
            }
        }
        chosen.sort(Comparator.comparingInt(Match::start));
        return chosen;
    }

    private static String normalise(String spelling) {
        return spelling.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
