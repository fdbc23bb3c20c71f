package org.gramscilens.ui.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.gramscilens.course.Course;
import org.gramscilens.map.Concept;
import org.gramscilens.map.ConceptMap;
import org.junit.jupiter.api.Test;

/** Filters and find on the bundled map, without a window. */
class MapViewModelTest {
    private static final Course COURSE = BundledMap.course();
    private static final ConceptMap MAP = BundledMap.map();

    @Test
    void filtersByModuleAndGroupNarrowTogether() {
        MapViewModel m = new MapViewModel(COURSE, MAP);
        assertThat(m.shownProperty().get()).hasSize(MAP.concepts().size());
        assertThat(m.modules()).hasSizeGreaterThan(2);
        MapViewModel.Choice module = m.modules().get(1);
        m.moduleProperty().set(module);
        Set<String> inModule = m.shownProperty().get();
        assertThat(inModule)
                .isNotEmpty()
                .hasSizeLessThan(MAP.concepts().size())
                .containsExactlyElementsOf(MAP.forModule(module.id()).concepts().stream()
                        .map(Concept::id)
                        .toList());
        m.filter(module.id(), "gramsci");
        assertThat(m.shownProperty().get())
                .isNotEmpty()
                .allSatisfy(
                        id -> assertThat(MAP.concept(id).orElseThrow().group()).isEqualTo("gramsci"));
        assertThat(inModule).containsAll(m.shownProperty().get());
        m.filter(null, null);
        assertThat(m.shownProperty().get()).hasSize(MAP.concepts().size());
    }

    @Test
    void findPrefersLabelsStartingWithTheTextAndEnterCycles() {
        MapViewModel m = new MapViewModel(COURSE, MAP);
        m.find("sense");
        assertThat(m.matchesProperty().get()).containsExactly("common-sense", "good-sense");
        assertThat(m.foundProperty().get()).isEqualTo("common-sense");
        m.find("Comm");
        assertThat(m.foundProperty().get()).isEqualTo("common-sense");
        m.find("lead");
        var matches = m.matchesProperty().get();
        assertThat(matches.size()).isGreaterThan(2);
        assertThat(MAP.concept(matches.get(0)).orElseThrow().label().toLowerCase())
                .startsWith("lead");
        m.findNext();
        assertThat(m.foundProperty().get()).isEqualTo(matches.get(1));
        assertThat(m.findStatusProperty().get()).isEqualTo("2 of " + matches.size());
        m.find("zzz");
        assertThat(m.foundProperty().get()).isNull();
        assertThat(m.findStatusProperty().get()).contains("No concept matches");
    }

    @Test
    void findLooksOnlyAmongTheShownConcepts() {
        MapViewModel m = new MapViewModel(COURSE, MAP);
        m.filter(null, "nhs");
        m.find("hegemony");
        assertThat(m.matchesProperty().get()).isEmpty();
    }
}
