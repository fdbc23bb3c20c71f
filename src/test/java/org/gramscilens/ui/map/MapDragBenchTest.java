package org.gramscilens.ui.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The benchmark runs and prints its figures in the bench format; how fast is for the benchmark to say. */
@ExtendWith(ApplicationExtension.class)
class MapDragBenchTest {

    @Start
    void start(Stage stage) {
        // The benchmark opens its own window; this only starts the toolkit.
    }

    @Test
    void printsTheDragFiguresOnePerLine() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Map<String, Double> figures = MapDragBench.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        assertThat(figures)
                .containsOnlyKeys(
                        "map-drag-frame-median-ms", "map-drag-frame-p95-ms", "map-drag-pulse-interval-median-ms");
        assertThat(figures.values()).allSatisfy(v -> assertThat(v).isPositive());
        assertThat(figures.get("map-drag-frame-p95-ms"))
                .isGreaterThanOrEqualTo(figures.get("map-drag-frame-median-ms"));
        assertThat(bytes.toString(StandardCharsets.UTF_8).lines())
                .hasSize(3)
                .allMatch(l -> l.matches("map-drag-[a-z0-9-]+-ms \\d+\\.\\d\\d"));
    }

    @Test
    void theSyntheticMapHasTheAdvertisedSize() {
        var map = MapDragBench.synthetic(MapDragBench.CONCEPTS, MapDragBench.LINKS, 11);
        assertThat(map.concepts()).hasSize(300);
        assertThat(map.propositions()).hasSize(600);
    }
}
