package org.gramscilens.ui.map;

import java.util.List;
import org.gramscilens.map.Proposition;

/** Draws a few links into an exercise through its model: some right, one with a wrong phrase, one extra. */
final class MapExerciseFixture {
    private MapExerciseFixture() {}

    static void demo(MapExerciseView view, boolean submit) {
        MapExerciseModel m = view.model();
        List<Proposition> expected = m.sheet().expected();
        List<String> bank = m.sheet().phraseBank();
        for (int i = 0; i < Math.min(3, expected.size()); i++) {
            Proposition p = expected.get(i);
            m.drawn(p.from(), p.to());
            m.choosePhrase(p.phrase());
        }
        if (expected.size() > 3) {
            Proposition p = expected.get(3);
            m.drawn(p.from(), p.to());
            m.choosePhrase(bank.stream().filter(b -> !p.accepts(b)).findFirst().orElseThrow());
        }
        if (expected.size() > 4) {
            Proposition p = expected.get(4);
            m.drawn(p.to(), p.from());
            m.choosePhrase(p.phrase());
        }
        var concepts = m.sheet().concepts();
        m.drawn(concepts.get(concepts.size() - 1).id(), concepts.get(0).id());
        m.choosePhrase(bank.get(0));
        if (submit) {
            m.submit();
        }
    }
}
