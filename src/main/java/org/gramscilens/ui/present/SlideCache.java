package org.gramscilens.ui.present;

import java.util.HashMap;
import java.util.Map;

/**
 * The slide views of one place on screen (the projected slide, the speaker view's current or next
 * preview), built once per slide and kept: coming back to a slide is then a swap, and each view's
 * listeners on the slide's state live exactly as long as the presentation.
 */
final class SlideCache {
    private final SlideFactory factory;
    private final Map<Integer, SlideView> views = new HashMap<>();

    SlideCache(SlideFactory factory) {
        this.factory = factory;
    }

    SlideView get(int index) {
        return views.computeIfAbsent(index, factory::build);
    }
}
