package org.gramscilens.markdown;

import java.util.ArrayList;
import java.util.List;

/** Records every call, as "method(arg, arg)", for tests to compare. */
final class RecordingLinkHandler implements LinkHandler {
    final List<String> calls = new ArrayList<>();

    @Override
    public void openLesson(String lessonId, String anchor) {
        calls.add("openLesson(" + lessonId + ", " + anchor + ")");
    }

    @Override
    public void openAnchor(String anchor) {
        calls.add("openAnchor(" + anchor + ")");
    }

    @Override
    public void openGlossary(String termId) {
        calls.add("openGlossary(" + termId + ")");
    }

    @Override
    public void openReference(String key) {
        calls.add("openReference(" + key + ")");
    }

    @Override
    public void openExternal(String url) {
        calls.add("openExternal(" + url + ")");
    }
}
