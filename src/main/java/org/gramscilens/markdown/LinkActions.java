package org.gramscilens.markdown;

import org.gramscilens.markdown.syntax.LinkTarget;

/** What a link does when activated: which {@link LinkHandler} method it calls, with what. */
final class LinkActions {
    private LinkActions() {}

    /** What activating the link does, or null if it is not followed. */
    static Runnable action(LinkTarget target, LinkHandler links, RenderContext context) {
        if (target instanceof LinkTarget.Lesson l) {
            return () -> links.openLesson(l.lessonId(), l.anchor());
        } else if (target instanceof LinkTarget.LessonFile f) {
            return context.lessonIdForPath(f.path())
                    .<Runnable>map(id -> () -> links.openLesson(id, f.anchor()))
                    .orElse(null);
        } else if (target instanceof LinkTarget.Anchor a) {
            return () -> links.openAnchor(a.anchor());
        } else if (target instanceof LinkTarget.Glossary g) {
            return () -> links.openGlossary(g.termId());
        } else if (target instanceof LinkTarget.External e) {
            return () -> links.openExternal(e.url());
        }
        return null;
    }

    /** The destination as written, for accessible help and broken-link text. */
    static String destination(LinkTarget target) {
        if (target instanceof LinkTarget.Lesson l) {
            return "lesson:" + l.lessonId() + (l.anchor() == null ? "" : "#" + l.anchor());
        } else if (target instanceof LinkTarget.LessonFile f) {
            return f.path() + (f.anchor() == null ? "" : "#" + f.anchor());
        } else if (target instanceof LinkTarget.Anchor a) {
            return "#" + a.anchor();
        } else if (target instanceof LinkTarget.Glossary g) {
            return "glossary:" + g.termId();
        } else if (target instanceof LinkTarget.External e) {
            return e.url();
        }
        return ((LinkTarget.Unsupported) target).destination();
    }
}
