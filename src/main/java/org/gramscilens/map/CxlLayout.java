package org.gramscilens.map;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The boxes of a CXL export. CmapTools draws every linking phrase as a box of its own, so phrases placed
 * half-way along their links (as the app draws them, over the line) would sit on concepts and on each
 * other there. Each concept's box is sized for its label wrapped as the app wraps it ({@link LabelWrap}),
 * each phrase's for its phrase on one line; concepts are then kept {@link #CONCEPT_GAP} apart, and phrases,
 * starting from where the layout put them, are moved to the nearest place where they touch nothing.
 */
final class CxlLayout {
    static final double CONCEPT_GAP = 12;
    static final double PHRASE_GAP = 6;

    private CxlLayout() {}

    /** @param layout must place every concept of {@code map} */
    static Layout of(ConceptMap map, Layout layout) {
        List<Concept> concepts = map.concepts();
        int n = concepts.size();
        double[] x = new double[n];
        double[] y = new double[n];
        double[] w = new double[n];
        double[] h = new double[n];
        Map<String, Integer> index = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            Concept c = concepts.get(i);
            Box b = layout.concept(c.id());
            double[] size = MapLayout.estimateSize(c);
            x[i] = b.x();
            y[i] = b.y();
            w[i] = size[0];
            h[i] = size[1];
            index.putIfAbsent(c.id(), i);
        }
        // The export's boxes need not be the view's, so concepts may need to move a little, authored ones too.
        new OverlapRemoval(w, h, new boolean[n], CONCEPT_GAP).run(x, y);

        List<Proposition> drawn = new ArrayList<>();
        for (Proposition p : map.propositions()) {
            if (index.containsKey(p.from()) && index.containsKey(p.to())) {
                drawn.add(p);
            }
        }
        int m = n + drawn.size();
        double[] ax = Arrays.copyOf(x, m);
        double[] ay = Arrays.copyOf(y, m);
        double[] aw = Arrays.copyOf(w, m);
        double[] ah = Arrays.copyOf(h, m);
        boolean[] fixed = new boolean[m];
        Arrays.fill(fixed, 0, n, true);
        for (int k = 0; k < drawn.size(); k++) {
            Proposition p = drawn.get(k);
            int a = index.get(p.from());
            int b = index.get(p.to());
            Box was = layout.phrase(p.id());
            double[] size = MapLayout.oneLinePhraseSize(p.phrase());
            // Where the layout put it relative to its link's middle, moved with the link's concepts.
            Box from = layout.concept(p.from());
            Box to = layout.concept(p.to());
            ax[n + k] = (x[a] + x[b]) / 2 + (was == null ? 0 : was.x() - (from.x() + to.x()) / 2);
            ay[n + k] = (y[a] + y[b]) / 2 + (was == null ? 0 : was.y() - (from.y() + to.y()) / 2);
            aw[n + k] = size[0];
            ah[n + k] = size[1];
        }
        new OverlapRemoval(aw, ah, fixed, PHRASE_GAP).run(ax, ay);

        Map<String, Box> cs = new LinkedHashMap<>();
        index.forEach((id, i) -> cs.put(id, new Box(x[i], y[i], w[i], h[i])));
        Map<String, Box> ps = new LinkedHashMap<>();
        for (int k = 0; k < drawn.size(); k++) {
            ps.put(drawn.get(k).id(), new Box(ax[n + k], ay[n + k], aw[n + k], ah[n + k]));
        }
        return new Layout(cs, ps);
    }
}
