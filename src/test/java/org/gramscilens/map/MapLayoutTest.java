package org.gramscilens.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gramscilens.TestCourses;
import org.junit.jupiter.api.Test;

/** The layout: deterministic, authored positions kept, boxes never overlapping, big maps finish. */
class MapLayoutTest {

    private static ConceptMap bundled() {
        return ConceptMapLoader.load(TestCourses.bundled()).map();
    }

    /** Pairs of boxes closer than {@code gap}, as "a/b" strings, for readable failures. */
    private static List<String> tooClose(Layout layout, double gap) {
        List<Map.Entry<String, Box>> boxes = new ArrayList<>(layout.concepts().entrySet());
        List<String> out = new ArrayList<>();
        for (int i = 0; i < boxes.size(); i++) {
            for (int j = i + 1; j < boxes.size(); j++) {
                if (boxes.get(i).getValue().overlaps(boxes.get(j).getValue(), gap)) {
                    out.add(boxes.get(i).getKey() + "/" + boxes.get(j).getKey());
                }
            }
        }
        return out;
    }

    @Test
    void theCoursesMapHasNoOverlappingBoxes() {
        Layout layout = new MapLayout().layout(bundled());
        assertThat(layout.concepts()).hasSize(bundled().concepts().size());
        assertThat(tooClose(layout, 0)).isEmpty();
        assertThat(tooClose(layout, MapLayout.DEFAULT_GAP - 0.001))
                .as("free boxes keep the gap")
                .isEmpty();
    }

    @Test
    void sameInputSameOutput() {
        ConceptMap map = bundled();
        assertThat(new MapLayout().layout(map)).isEqualTo(new MapLayout().layout(map));
        ConceptMap big = MapBenchmark.synthetic(120, 240, 3);
        assertThat(new MapLayout().layout(big)).isEqualTo(new MapLayout().layout(big));
    }

    @Test
    void anotherSeedGivesAnotherPicture() {
        ConceptMap map = bundled();
        assertThat(new MapLayout(1, MapLayout.DEFAULT_ROUNDS, MapLayout.DEFAULT_GAP).layout(map))
                .isNotEqualTo(new MapLayout().layout(map));
    }

    @Test
    void authoredPositionsAreKeptAndOthersKeepClearOfThem() {
        List<Concept> concepts = new ArrayList<>(bundled().concepts());
        concepts.set(0, concepts.get(0).at(100, 100));
        concepts.set(1, concepts.get(1).at(100, 100 + 60));
        concepts.set(5, concepts.get(5).at(-400, 250));
        ConceptMap map = bundled().withConcepts(concepts);
        Layout layout = new MapLayout().layout(map);
        assertThat(layout.concept(concepts.get(0).id()))
                .extracting(Box::x, Box::y)
                .containsExactly(100.0, 100.0);
        assertThat(layout.concept(concepts.get(1).id()))
                .extracting(Box::x, Box::y)
                .containsExactly(100.0, 160.0);
        assertThat(layout.concept(concepts.get(5).id()))
                .extracting(Box::x, Box::y)
                .containsExactly(-400.0, 250.0);
        assertThat(tooClose(layout, 0)).isEmpty();
    }

    @Test
    void twoAuthoredBoxesOnOneSpotAreLeftAsWritten() {
        ConceptMap map = new ConceptMap(
                List.of(new Concept("a", "A").at(0, 0), new Concept("b", "B").at(0, 0), new Concept("c", "C")),
                List.of(new Proposition("p", "a", "x", "c")));
        Layout layout = new MapLayout().layout(map);
        assertThat(layout.concept("a")).isEqualTo(layout.concept("b").movedTo(0, 0));
        assertThat(tooClose(layout, 0)).containsExactly("a/b");
    }

    @Test
    void measuredSizesAreUsed() {
        ConceptMap map = bundled();
        Layout layout = new MapLayout().layout(map, c -> new double[] {200, 50});
        assertThat(layout.concepts().values()).allSatisfy(b -> {
            assertThat(b.width()).isEqualTo(200);
            assertThat(b.height()).isEqualTo(50);
        });
        assertThat(tooClose(layout, 0)).isEmpty();
        Layout estimated = new MapLayout().layout(map, c -> null);
        assertThat(estimated).isEqualTo(new MapLayout().layout(map));
    }

    @Test
    void threeHundredConceptsAndSixHundredLinksFinishWithoutOverlap() {
        ConceptMap map = MapBenchmark.synthetic(300, 600, 7);
        assertThat(map.propositions()).hasSize(600);
        Layout layout = new MapLayout().layout(map);
        assertThat(layout.concepts()).hasSize(300);
        assertThat(layout.phrases()).hasSize(600);
        assertThat(tooClose(layout, 0)).isEmpty();
    }

    @Test
    void everyPhraseSitsBetweenItsConceptsAndParallelLinksAreSpread() {
        ConceptMap map = new ConceptMap(
                List.of(new Concept("a", "A"), new Concept("b", "B")),
                List.of(new Proposition("p1", "a", "needs", "b"), new Proposition("p2", "b", "shapes", "a")));
        Layout layout = new MapLayout().layout(map);
        Box a = layout.concept("a");
        Box b = layout.concept("b");
        Box p1 = layout.phrase("p1");
        Box p2 = layout.phrase("p2");
        double midX = (a.x() + b.x()) / 2;
        double midY = (a.y() + b.y()) / 2;
        assertThat((p1.x() + p2.x()) / 2).isCloseTo(midX, org.assertj.core.data.Offset.offset(1e-6));
        assertThat((p1.y() + p2.y()) / 2).isCloseTo(midY, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(p1.overlaps(p2)).isFalse();
    }

    @Test
    void phrasesOfAVerticalPairAreSpreadSideways() {
        ConceptMap map = new ConceptMap(
                List.of(new Concept("a", "A").at(0, 0), new Concept("b", "B").at(0, 300)),
                List.of(
                        new Proposition("p1", "a", "is read as a", "b"),
                        new Proposition("p2", "b", "could become a", "a"),
                        new Proposition("p3", "a", "leaves out", "b")));
        Layout layout = new MapLayout().layout(map);
        List<Box> phrases = List.of(layout.phrase("p1"), layout.phrase("p2"), layout.phrase("p3"));
        assertThat(phrases).allSatisfy(p -> assertThat(p.y()).isEqualTo(150.0));
        assertThat(phrases.get(0).overlaps(phrases.get(1))).isFalse();
        assertThat(phrases.get(1).overlaps(phrases.get(2))).isFalse();
        assertThat(phrases.get(0).overlaps(phrases.get(2))).isFalse();
    }

    @Test
    void emptyAndSingleMaps() {
        assertThat(new MapLayout().layout(ConceptMap.empty()).concepts()).isEmpty();
        assertThat(new MapLayout().layout(ConceptMap.empty()).bounds()).isEqualTo(new Box(0, 0, 0, 0));
        Layout one = new MapLayout().layout(new ConceptMap(List.of(new Concept("a", "Alone")), List.of()));
        assertThat(one.concept("a").x()).isFinite();
    }

    @Test
    void estimatedSizesGrowWithTheLabelAndWrap() {
        double[] shortLabel = MapLayout.estimateSize(new Concept("a", "NHS"));
        double[] longLabel = MapLayout.estimateSize(new Concept("b", "Dispersed, networked, discursive leadership"));
        assertThat(longLabel[0]).isGreaterThan(shortLabel[0]);
        assertThat(longLabel[1]).as("two lines").isGreaterThan(shortLabel[1]);
    }

    @Test
    void benchmarkPrintsWhatItReturns() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Map<String, Double> figures =
                MapBenchmark.run(new PrintStream(bytes, true, StandardCharsets.UTF_8), 60, 120, 1);
        assertThat(figures).containsOnlyKeys("map-layout-60-ms");
        assertThat(figures.get("map-layout-60-ms")).isPositive();
        assertThat(bytes.toString(StandardCharsets.UTF_8)).matches("map-layout-60-ms \\d+\\.\\d\\d\\R");
    }
}
