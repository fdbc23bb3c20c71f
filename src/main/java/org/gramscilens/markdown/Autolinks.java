package org.gramscilens.markdown;

import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.util.ast.Node;

/** Small facts about links the inline renderer needs. */
final class Autolinks {
    private Autolinks() {}

    /** GFM's extended {@code www.} autolinks mean {@code http://www.}; other URLs are as written. */
    static String followable(String url) {
        return url.regionMatches(true, 0, "www.", 0, 4) ? "http://" + url : url;
    }

    static boolean hasImage(Node link) {
        for (Node child = link.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Image || child instanceof ImageRef) {
                return true;
            }
        }
        return false;
    }
}
