package org.gramscilens.course;


import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds what a lesson body refers to (headings, links, images, citations) with line numbers, for the
 * validator and for search. No JavaFX: the renderer has its own walk over the same AST.
 */
public final class LessonScanner {
    /** A Pandoc-style citation group: [@key], [@key, p. 3], [@a; @b]. */
    public static final Pattern CITATION = Pattern.compile("\\[(@[^\\[\\]]*)\\]");
    private static final Pattern CITE_KEY = Pattern.compile("(?:^|;)\\s*-?@([\\p{L}\\p{N}_][\\p{L}\\p{N}_:.#$%&+?<>~/-]*)");

    public record Section(String text, String id, int level, int line) { }

    public record Ref(String target, int line) { }

    public record Scan(List<Section> headings, List<Ref> links, List<Ref> images, List<Ref> citations) {
        public boolean hasHeading(String id) {
            return headings.stream().anyMatch(h -> h.id().equals(id));
        }
    }

    private final Parser parser;

    public LessonScanner() {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create()));
        parser = Parser.builder(options).build();
    }

    /**
     * The id of a heading: lower case, letters and digits kept, every run of anything else one '-',
     * no '-' at either end ("Hegemony as \"common sense\"" becomes "hegemony-as-common-sense").
     */
    public static String headingId(String text) {
        StringBuilder b = new StringBuilder(text.length());
        boolean dash = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetterOrDigit(cp)) {
                if (dash && b.length() > 0) {
                    b.append('-');
                }
                dash = false;
                b.appendCodePoint(Character.toLowerCase(cp));
            } else {
                dash = true;
            }
        }
        return b.toString();
    }

    /** The keys of one citation group's content (the text between the brackets, starting with '@'). */
    public static List<String> citationKeys(String groupContent) {
        List<String> keys = new ArrayList<>();
        Matcher m = CITE_KEY.matcher(groupContent);
        while (m.find()) {
            String key = m.group(1);
            while (key.endsWith(".") || key.endsWith(":")) {
                key = key.substring(0, key.length() - 1);
            }
            keys.add(key);
        }
        return keys;
    }

    /** @param firstLine the file line of the body's first line, so lines are file lines */
    public Scan scan(String body, int firstLine) {
        Node doc = parser.parse(body);
        List<Section> headings = new ArrayList<>();
        List<Ref> links = new ArrayList<>();
        List<Ref> images = new ArrayList<>();
        walk(doc, firstLine, headings, links, images);
        return new Scan(headings, links, images, citations(doc, body, firstLine));
    }

    private static void walk(Node node, int firstLine, List<Section> headings, List<Ref> links, List<Ref> images) {
        for (Node n = node.getFirstChild(); n != null; n = n.getNext()) {
            int line = n.getStartLineNumber() + firstLine;
            if (n instanceof com.vladsch.flexmark.ast.Heading h) {
                String text = h.getText().toString();
                headings.add(new Section(text, headingId(text), h.getLevel(), line));
            } else if (n instanceof Link link) {
                links.add(new Ref(link.getUrl().toString(), line));
            } else if (n instanceof Image image) {
                images.add(new Ref(image.getUrl().toString(), line));
            }
            walk(n, firstLine, headings, links, images);
        }
    }

    /** Citations outside code spans and code blocks, each key with its file line. */
    static List<Ref> citations(Node doc, String body, int firstLine) {
        List<int[]> code = new ArrayList<>();
        collectCode(doc, code);
        List<Ref> out = new ArrayList<>();
        Matcher m = CITATION.matcher(body);
        while (m.find()) {
            int at = m.start();
            if (code.stream().anyMatch(r -> at >= r[0] && at < r[1])) {
                continue;
            }
            int line = firstLine;
            for (int i = 0; i < at; i++) {
                if (body.charAt(i) == '\n') {
                    line++;
                }
            }
            for (String key : citationKeys(m.group(1))) {
                out.add(new Ref(key, line));
            }
        }
        return out;
    }

    private static void collectCode(Node node, List<int[]> code) {
        for (Node n = node.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Code || n instanceof FencedCodeBlock || n instanceof IndentedCodeBlock) {
                code.add(new int[] {n.getStartOffset(), n.getEndOffset()});
            } else {
                collectCode(n, code);
            }
        }
    }
}
