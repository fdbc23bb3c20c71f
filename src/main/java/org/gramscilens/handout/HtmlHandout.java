package org.gramscilens.handout;

import com.vladsch.flexmark.util.ast.Document;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.gramscilens.course.Course;
import org.gramscilens.course.GlossaryMatcher;
import org.gramscilens.course.Lesson;
import org.gramscilens.course.Module;
import org.gramscilens.markdown.syntax.MarkdownParser;

/**
 * A handout as one self-contained HTML file: the stylesheet inline, images as {@code data:} URIs, no
 * scripts, nothing fetched. A lesson handout is the lesson (objectives, text, discussion questions) with its
 * references and the glossary terms it uses; a course handout adds a title page and contents and holds
 * every module. {@link PdfHandout} prints the same HTML to PDF.
 */
public final class HtmlHandout {
    private static final String STYLESHEET = "handout.css";

    private final LessonHtml lessons;
    private final String css;

    public HtmlHandout(MarkdownParser parser) {
        this.lessons = new LessonHtml(parser);
        this.css = stylesheet().replace("PAGE_FOOTER", pageFooter());
    }

    public String lesson(Course course, Lesson lesson, HandoutOptions options) {
        return document(course, List.of(lesson), false, options, lesson.title());
    }

    /** Every module in course order; a lesson that could not be read is named with the reason. */
    public String course(Course course, HandoutOptions options) {
        return document(
                course, course.lessons().toList(), true, options, course.info().title());
    }

    private String document(Course course, List<Lesson> all, boolean whole, HandoutOptions options, String title) {
        List<Lesson> readable = all.stream().filter(l -> !l.broken()).toList();
        HandoutScope scope = new HandoutScope(
                course,
                readable,
                options.speakerNotes(),
                GlossaryMatcher.of(course.glossary().values()));
        Map<Lesson, Document> docs = new IdentityHashMap<>();
        for (Lesson l : readable) {
            Document doc = lessons.parse(l);
            docs.put(l, doc);
            LessonHtml.registerHeadings(scope, l, doc);
        }
        StringBuilder b = new StringBuilder(64 * 1024);
        head(b, course, title);
        b.append("<body class=\"")
                .append(whole ? "handout course-handout" : "handout lesson-handout")
                .append("\">\n");
        if (whole) {
            titlePage(b, course);
        }
        for (Lesson l : all) {
            if (l.broken()) {
                b.append("<article class=\"lesson lesson-broken\">\n<h1>")
                        .append(Html.escape(l.title()))
                        .append("</h1>\n<p>")
                        .append(Html.escape(HandoutText.get(
                                "handout.lesson.broken", l.error().toString())))
                        .append("</p>\n</article>\n");
                continue;
            }
            for (String key : l.keyTerms()) {
                if (course.term(key).isPresent()) {
                    scope.useTerm(key);
                }
            }
            article(b, course, l, lessons.render(scope, l, docs.get(l)));
        }
        b.append("<div class=\"back-matter\">\n");
        BackMatter.references(b, course, scope.citedKeys());
        BackMatter.glossary(b, course, scope.usedTerms());
        b.append("</div>\n</body>\n</html>\n");
        return b.toString();
    }

    private void head(StringBuilder b, Course course, String title) {
        String lang = course.info().language() == null ? "en" : course.info().language();
        b.append("<!DOCTYPE html>\n<html lang=\"")
                .append(Html.escape(lang))
                .append("\">\n<head>\n")
                .append("<meta charset=\"UTF-8\" />\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />\n")
                .append("<meta name=\"generator\" content=\"Gramsci Lens\" />\n");
        if (!course.info().authors().isEmpty()) {
            b.append("<meta name=\"author\" content=\"")
                    .append(Html.escape(String.join(", ", course.info().authors())))
                    .append("\" />\n");
        }
        b.append("<title>")
                .append(Html.escape(title))
                .append("</title>\n<style>\n")
                .append(css)
                .append("</style>\n</head>\n");
    }

    /** The CSS content for "Page 3 of 40" in the bottom margin of each printed page, from the translated message. */
    private static String pageFooter() {
        String message = HandoutText.get("handout.page", "\uE000", "\uE001");
        String literal = "\"" + message.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
        String content = literal.replace("\uE000", "\" counter(page) \"").replace("\uE001", "\" counter(pages) \"");
        return content;
    }

    private static void titlePage(StringBuilder b, Course course) {
        b.append("<section class=\"title-page\">\n<h1 class=\"course-title\">")
                .append(Html.escape(course.info().title()))
                .append("</h1>\n");
        if (course.info().subtitle() != null) {
            b.append("<p class=\"subtitle\">")
                    .append(Html.escape(course.info().subtitle()))
                    .append("</p>\n");
        }
        if (!course.info().authors().isEmpty()) {
            b.append("<p class=\"authors\">")
                    .append(Html.escape(String.join(", ", course.info().authors())))
                    .append("</p>\n");
        }
        if (course.info().licence() != null) {
            b.append("<p class=\"licence\">")
                    .append(Html.escape(
                            HandoutText.get("handout.licence", course.info().licence())))
                    .append("</p>\n");
        }
        b.append("</section>\n<nav class=\"contents\">\n<h2>")
                .append(Html.escape(HandoutText.get("handout.contents")))
                .append("</h2>\n<ol>\n");
        for (Module m : course.modules()) {
            List<Lesson> ok = m.lessons().stream().filter(l -> !l.broken()).toList();
            if (ok.isEmpty()) {
                b.append("<li>").append(Html.escape(m.title())).append("</li>\n");
                continue;
            }
            b.append("<li>").append(tocLink(ok.get(0), m.title()));
            if (ok.size() > 1) {
                b.append("\n<ul>\n");
                for (Lesson l : ok) {
                    b.append("<li>").append(tocLink(l, l.title())).append("</li>\n");
                }
                b.append("</ul>\n");
            }
            b.append("</li>\n");
        }
        b.append("</ol>\n</nav>\n");
    }

    private static String tocLink(Lesson l, String text) {
        return "<a class=\"toc-entry\" href=\"#" + HandoutScope.lessonAnchor(l.id()) + "\">" + Html.escape(text)
                + "</a>";
    }

    private static void article(StringBuilder b, Course course, Lesson l, String bodyHtml) {
        int module = moduleNumber(course, l);
        b.append("<article class=\"lesson\" id=\"")
                .append(HandoutScope.lessonAnchor(l.id()))
                .append("\">\n")
                .append("<header class=\"lesson-header\">\n<p class=\"kicker\">")
                .append(Html.escape(course.info().title()));
        if (module > 0) {
            b.append(" \u00b7 ").append(Html.escape(HandoutText.get("handout.module", module)));
        }
        b.append("</p>\n<h1 class=\"lesson-title\">")
                .append(Html.escape(l.title()))
                .append("</h1>\n");
        if (l.summary() != null && !l.summary().isBlank()) {
            b.append("<p class=\"summary\">").append(Html.escape(l.summary())).append("</p>\n");
        }
        b.append("</header>\n");
        list(b, "objectives", "handout.objectives", "ul", l.objectives());
        b.append("<div class=\"lesson-body\">\n").append(bodyHtml).append("</div>\n");
        list(b, "discussion", "handout.discussion", "ol", l.discussion());
        b.append("</article>\n");
    }

    private static void list(StringBuilder b, String cls, String titleKey, String tag, List<String> items) {
        if (items.isEmpty()) {
            return;
        }
        b.append("<section class=\"")
                .append(cls)
                .append("\">\n<h2>")
                .append(Html.escape(HandoutText.get(titleKey)))
                .append("</h2>\n<")
                .append(tag)
                .append(">\n");
        for (String item : items) {
            b.append("<li>").append(Html.escape(item)).append("</li>\n");
        }
        b.append("</").append(tag).append(">\n</section>\n");
    }

    private static int moduleNumber(Course course, Lesson l) {
        List<Module> modules = new ArrayList<>(course.modules());
        for (int i = 0; i < modules.size(); i++) {
            if (modules.get(i).id().equals(l.moduleId())) {
                return i + 1;
            }
        }
        return 0;
    }

    private static String stylesheet() {
        try (InputStream in = HtmlHandout.class.getResourceAsStream(STYLESHEET)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + STYLESHEET);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
