package org.gramscilens.ui;

import org.gramscilens.markdown.LinkHandler;

/**
 * Links for Markdown rendered before the window that handles them exists (the first lesson is rendered
 * while the window is being built). Activations before the target is set are ignored: nothing is on
 * screen yet to be clicked.
 */
final class DeferredLinks implements LinkHandler {
    private volatile LinkHandler target = LinkHandler.NONE;

    void setTarget(LinkHandler handler) {
        target = handler;
    }

    @Override
    public void openLesson(String lessonId, String anchor) {
        target.openLesson(lessonId, anchor);
    }

    @Override
    public void openAnchor(String anchor) {
        target.openAnchor(anchor);
    }

    @Override
    public void openGlossary(String termId) {
        target.openGlossary(termId);
    }

    @Override
    public void openReference(String key) {
        target.openReference(key);
    }

    @Override
    public void openExternal(String url) {
        target.openExternal(url);
    }
}
