package org.gramscilens.handout;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.NullableDataKey;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gramscilens.course.Lesson;
import org.gramscilens.markdown.syntax.MarkdownParser;
import org.gramscilens.markdown.syntax.SlideSyntax;

/** What rendering one lesson's document needs and collects; kept on the flexmark {@link Document}. */
final class LessonScope {
    static final NullableDataKey<LessonScope> KEY = new NullableDataKey<>("GRAMSCI_HANDOUT_LESSON");

    final HandoutScope handout;
    final Lesson lesson;
    final boolean hasSeparators;
    private final Map<Heading, String> headingIds;
    private final Set<String> termsInSection = new HashSet<>();
    private final Map<FootnoteBlock, Integer> footnoteNumbers = new IdentityHashMap<>();
    private final List<FootnoteBlock> footnotes = new ArrayList<>();

    LessonScope(HandoutScope handout, Lesson lesson, Document doc) {
        this.handout = handout;
        this.lesson = lesson;
        this.headingIds = MarkdownParser.headingIds(doc);
        this.hasSeparators = SlideSyntax.hasSeparators(doc);
    }

    static LessonScope of(Document doc) {
        return KEY.get(doc);
    }

    String anchor(Heading heading) {
        return HandoutScope.headingAnchor(lesson.id(), headingIds.getOrDefault(heading, "section"));
    }

    /** A heading starts a new section: each glossary term is marked once per section, as on screen. */
    void newSection() {
        termsInSection.clear();
    }

    /** True the first time {@code termId} is met in the current section. */
    boolean firstInSection(String termId) {
        return termsInSection.add(termId);
    }

    /** The footnote's number in this lesson, given in order of first reference. */
    int footnoteNumber(FootnoteBlock block) {
        return footnoteNumbers.computeIfAbsent(block, b -> {
            footnotes.add(b);
            return footnotes.size();
        });
    }

    List<FootnoteBlock> footnotes() {
        return footnotes;
    }
}
