package org.gramscilens.markdown.syntax;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Parses lesson bodies: CommonMark plus tables, strikethrough, task lists, footnotes, autolinks and
 * Pandoc-style citations. The flexmark {@link Parser} is built once here and reused for every
 * lesson (flexmark parsers are reusable). No JavaFX: the validator and command line use it too.
 */
public final class MarkdownParser {

    private final Parser parser;

    public MarkdownParser() {
        MutableDataSet options = new MutableDataSet();
        options.set(
                Parser.EXTENSIONS,
                List.of(
                        CitationExtension.create(),
                        TablesExtension.create(),
                        StrikethroughExtension.create(),
                        TaskListExtension.create(),
                        FootnoteExtension.create(),
                        AutolinkExtension.create()));
        // GitHub-style tables: extra cells dropped, missing ones added, so every row has the header's width.
        options.set(TablesExtension.COLUMN_SPANS, false);
        options.set(TablesExtension.APPEND_MISSING_COLUMNS, true);
        options.set(TablesExtension.DISCARD_EXTRA_COLUMNS, true);
        options.set(TablesExtension.HEADER_SEPARATOR_COLUMN_MATCH, true);
        options.set(TablesExtension.MIN_SEPARATOR_DASHES, 1); // GFM accepts |-|-| and |:-|-:|
        parser = Parser.builder(options).build();
    }

    /**
     * Parses a lesson body (the Markdown after the front matter), with lists and quotes nested at most
     * {@link NestingLimit#MAX_DEPTH} deep (deeper markers read as text), so nothing overflows the stack.
     */
    public Document parse(String markdown) {
        return parser.parse(markdown == null ? "" : NestingLimit.apply(markdown).text());
    }

    /**
     * The anchor id of a heading text: lower case; letters and digits kept (any script); every run of
     * other characters becomes one {@code -}; no {@code -} at either end.
     * {@code Hegemony as "common sense"} gives {@code hegemony-as-common-sense}.
     */
    public static String headingId(String text) {
        StringBuilder id = new StringBuilder(text.length());
        boolean pendingDash = false;
        String lower = text.toLowerCase(Locale.ROOT);
        for (int i = 0; i < lower.length(); ) {
            int cp = lower.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetterOrDigit(cp)) {
                if (pendingDash && id.length() > 0) {
                    id.append('-');
                }
                pendingDash = false;
                id.appendCodePoint(cp);
            } else {
                pendingDash = true;
            }
        }
        return id.toString();
    }

    /** The plain text of a heading, as a reader sees it (no Markdown markers, no citations). */
    public static String headingText(Heading heading) {
        return new TextCollectingVisitor().collectAndGetText(heading).strip();
    }

    /**
     * The anchor id of every heading in document order. Repeated ids get {@code -1}, {@code -2} ...
     * appended (as GitHub does), and an empty id becomes {@code section}, so ids are unique.
     * The renderer and the validator both use this, so links they accept agree.
     */
    public static Map<Heading, String> headingIds(Node document) {
        Map<Heading, String> ids = new IdentityHashMap<>();
        Map<String, Integer> seen = new HashMap<>();
        for (Heading heading : headings(document)) {
            String base = headingId(headingText(heading));
            if (base.isEmpty()) {
                base = "section";
            }
            String id = base;
            int n = seen.merge(base, 1, Integer::sum) - 1;
            while (n > 0 && seen.containsKey(id = base + "-" + n)) {
                n++;
            }
            if (!id.equals(base)) {
                seen.put(id, 1);
            }
            ids.put(heading, id);
        }
        return ids;
    }

    /** The headings of a document in order. */
    public static List<Heading> headings(Node document) {
        return descendants(document, Heading.class);
    }

    /** The citations of a document in order, each with its source position. */
    public static List<CitationNode> citations(Node document) {
        return descendants(document, CitationNode.class);
    }

    private static <T extends Node> List<T> descendants(Node root, Class<T> type) {
        List<T> found = new ArrayList<>();
        for (Node node : root.getDescendants()) {
            if (type.isInstance(node)) {
                found.add(type.cast(node));
            }
        }
        return found;
    }
}
