package org.gramscilens.markdown;

/**
 * What rendered links do when activated. The renderer only calls these; the shell decides
 * (navigate, ask before opening a browser ...).
 */
public interface LinkHandler {
    /** A link to another lesson, {@code anchor} null or a heading id. */
    void openLesson(String lessonId, String anchor);

    /** A link to a heading of the lesson being shown. */
    void openAnchor(String anchor);

    void openGlossary(String termId);

    void openReference(String key);

    /** An http(s) or mailto address: the shell confirms before opening a browser. */
    void openExternal(String url);

    /** Does nothing: for tests and previews. */
    LinkHandler NONE = new LinkHandler() {
        @Override
        public void openLesson(String lessonId, String anchor) {}

        @Override
        public void openAnchor(String anchor) {}

        @Override
        public void openGlossary(String termId) {}

        @Override
        public void openReference(String key) {}

        @Override
        public void openExternal(String url) {}
    };
}
