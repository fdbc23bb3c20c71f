package org.gramscilens.markdown.syntax;

import com.vladsch.flexmark.parser.InlineParser;
import com.vladsch.flexmark.parser.InlineParserExtension;
import com.vladsch.flexmark.parser.InlineParserExtensionFactory;
import com.vladsch.flexmark.parser.LightInlineParser;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Parses {@code [@key ...]} into {@link CitationNode}s before flexmark's link parser sees the
 * bracket, so citations never depend on how undefined link references happen to be treated.
 * A bracket followed by {@code (} or {@code [} is left alone: that is a link whose text starts with @.
 */
public final class CitationExtension implements Parser.ParserExtension {

    private static final Pattern CITATION = Pattern.compile("^\\[(@[^\\[\\]\\n]*)]");

    private CitationExtension() {}

    public static CitationExtension create() {
        return new CitationExtension();
    }

    @Override
    public void parserOptions(MutableDataHolder options) {
        // no options
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.customInlineParserExtensionFactory(new Factory());
    }

    private static final class Factory implements InlineParserExtensionFactory {
        @Override
        public CharSequence getCharacters() {
            return "[";
        }

        @Override
        public InlineParserExtension apply(LightInlineParser parser) {
            return new Inline();
        }

        @Override
        public Set<Class<?>> getAfterDependents() {
            return null;
        }

        @Override
        public Set<Class<?>> getBeforeDependents() {
            return null;
        }

        @Override
        public boolean affectsGlobalScope() {
            return false;
        }
    }

    private static final class Inline implements InlineParserExtension {
        @Override
        public void finalizeDocument(InlineParser parser) {
            // nothing to resolve
        }

        @Override
        public void finalizeBlock(InlineParser parser) {
            // nothing to resolve
        }

        @Override
        public boolean parse(LightInlineParser parser) {
            if (parser.peek(1) != '@') {
                return false;
            }
            int start = parser.getIndex();
            BasedSequence[] match = parser.matchWithGroups(CITATION);
            if (match == null) {
                return false;
            }
            char next = parser.peek();
            List<Citation> citations = Citations.parse(match[1].toString());
            if (next == '(' || next == '[' || citations.isEmpty()) {
                parser.setIndex(start);
                return false;
            }
            parser.flushTextNode();
            parser.getBlock().appendChild(new CitationNode(match[0], match[1], citations));
            return true;
        }
    }
}
