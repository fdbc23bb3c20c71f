package org.gramscilens.slides;

import org.gramscilens.course.Lesson;
import org.gramscilens.i18n.Bundle;

/** The words and slides the splitter writes itself: the title slide, "Discussion" and their notes. */
final class SlideText {
    private static final Bundle BUNDLE = Bundle.of("org.gramscilens.slides.messages");

    private SlideText() {}

    static String get(String key) {
        return BUNDLE.get(key);
    }

    /** Front-matter text made safe to put into Markdown: punctuation that Markdown reads is escaped. */
    static String escape(String text) {
        StringBuilder b = new StringBuilder(text.length() + 8);
        for (char c : text.strip().toCharArray()) {
            if ("\\`*_[]<>#|~&!{}".indexOf(c) >= 0) {
                b.append('\\');
            }
            b.append(c == '\n' || c == '\r' ? ' ' : c);
        }
        return b.toString();
    }

    /** The lesson's title and objectives; the summary is said, not projected (it goes to the notes). */
    static String titleSlide(Lesson lesson) {
        StringBuilder b = new StringBuilder("# ").append(escape(lesson.title())).append('\n');
        if (lesson.objectives().isEmpty()
                && lesson.summary() != null
                && !lesson.summary().isBlank()) {
            b.append('\n').append(escape(lesson.summary())).append('\n');
        }
        if (!lesson.objectives().isEmpty()) {
            b.append("\n**").append(escape(get("slides.objectives"))).append("**\n\n");
            for (String o : lesson.objectives()) {
                b.append("- ").append(escape(o)).append('\n');
            }
        }
        return b.toString().strip();
    }

    static String titleSlideNotes(Lesson lesson) {
        return lesson.objectives().isEmpty() || lesson.summary() == null ? "" : escape(lesson.summary());
    }

    /** The discussion slide's notes: the objectives to come back to while the room talks. */
    static String discussionNotes(Lesson lesson) {
        if (lesson.objectives().isEmpty()) {
            return "";
        }
        StringBuilder b = new StringBuilder(escape(get("slides.discussion.notes"))).append("\n\n");
        for (String o : lesson.objectives()) {
            b.append("- ").append(escape(o)).append('\n');
        }
        return b.toString().strip();
    }
}
