package org.gramscilens.handout;

import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.HashSet;
import java.util.List;
import org.gramscilens.course.Lesson;
import org.gramscilens.markdown.syntax.MarkdownParser;

/**
 * A lesson body as HTML: flexmark's {@link HtmlRenderer}, built once, with HTML in the content escaped
 * (never passed through) and our renderers for citations, links, images, glossary terms and notes.
 */
final class LessonHtml {
    private final MarkdownParser parser;
    private final HtmlRenderer renderer;

    LessonHtml(MarkdownParser parser) {
        this.parser = parser;
        MutableDataSet options = new MutableDataSet();
        // Renderer halves of the parser's extensions; task items, footnotes and citations are ours.
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create(), StrikethroughExtension.create()));
        options.set(HtmlRenderer.ESCAPE_HTML, true);
        options.set(HtmlRenderer.SOFT_BREAK, "\n");
        renderer = HtmlRenderer.builder(options)
                .nodeRendererFactory(o -> new LessonNodeRenderer())
                .nodeRendererFactory(o -> new LinkNodeRenderer())
                .build();
    }

    /** The lesson's body parsed for a handout: directive lines ({@code [time: 3]} ...) are left out. */
    Document parse(Lesson lesson) {
        String body = lesson.body() == null ? "" : lesson.body();
        return parser.parse(org.gramscilens.slides.DirectiveLines.withoutDirectives(body, parser.parse(body)));
    }

    /** Tells the scope the lesson's heading ids, so that links into it from any lesson can be checked. */
    static void registerHeadings(HandoutScope scope, Lesson lesson, Document doc) {
        scope.headings(lesson.id(), new HashSet<>(MarkdownParser.headingIds(doc).values()));
    }

    String render(HandoutScope scope, Lesson lesson, Document doc) {
        doc.set(LessonScope.KEY, new LessonScope(scope, lesson, doc));
        return renderer.render(doc);
    }
}
