package org.gramscilens.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gramscilens.cli.BenchFigure.Goal;
import org.junit.jupiter.api.Test;

class BenchReportTest {
    private static final BenchMachine MACHINE = new BenchMachine(
            2, "Test CPU", "0.10 0.20 0.30", "0.40 0.50 0.60", "Java 17", "Linux", "2026-01-01T00:00:00Z");

    private final BenchFigure startup = BenchFigure.of("startup-plain-ms", "start to first lesson painted", 1200, "ms")
            .withReference(1000, "empty window")
            .withGoal(Goal.ratioAtMost(1.30))
            .withSamples(List.of(1100.0, 1200.0, 1300.0));
    private final BenchFigure slowSwitch = BenchFigure.of("lesson-switch-median-ms", "lesson switch", 20.5, "ms")
            .withGoal(Goal.atMost(16));
    private final BenchFigure render = BenchFigure.of("render-largest-ms", "render", 90.44, "ms");
    private final BenchReport report =
            new BenchReport(MACHINE, 5, List.of(startup, slowSwitch, render), List.of("a note"));

    @Test
    void goalsAreJudgedOnTheValueOrOnTheRatioToTheReference() {
        assertThat(startup.ratio()).isEqualTo(1.2);
        assertThat(startup.met()).isTrue();
        assertThat(slowSwitch.met()).isFalse();
        assertThat(render.met()).isNull();
        assertThat(BenchFigure.of("x", "x", 2.0, "ms").withGoal(Goal.below(2)).met())
                .as("strict limit")
                .isFalse();
        assertThat(BenchFigure.of("x", "x", 2.0, "ms").withGoal(Goal.atMost(2)).met())
                .isTrue();
        assertThat(BenchFigure.of("x", "x", 2.0, "ms")
                        .withGoal(Goal.ratioAtMost(1))
                        .met())
                .as("no reference")
                .isNull();
    }

    @Test
    void tableHasOneAlignedRowPerFigureThenTheMachine() {
        List<String> lines = report.table().lines().toList();
        assertThat(lines.get(0)).startsWith("figure").contains("value", "reference", "ratio", "goal", "met");
        assertThat(lines.get(1)).matches("-+");
        assertThat(lines.get(2))
                .startsWith("start to first lesson painted")
                .contains("1200 ms", "empty window 1000 ms", "1.20×", "≤ 1.30× ref")
                .endsWith("yes");
        assertThat(lines.get(3))
                .startsWith("lesson switch")
                .contains("20.5 ms", "≤ 16.0 ms")
                .endsWith("NO");
        assertThat(lines.get(4)).startsWith("render").contains("90.4 ms").doesNotContain("yes", "NO");
        // Values are right-aligned: each ends in the same column.
        int end = lines.get(2).indexOf("1200 ms") + "1200 ms".length();
        assertThat(lines.get(3).indexOf("20.5 ms") + "20.5 ms".length()).isEqualTo(end);
        assertThat(lines.get(4).indexOf("90.4 ms") + "90.4 ms".length()).isEqualTo(end);
        assertThat(report.table())
                .contains(
                        "machine: 2 cores, Test CPU; load 0.10 0.20 0.30 before, 0.40 0.50 0.60 after",
                        "median of 5 fresh processes",
                        "note: a note");
    }

    @Test
    void jsonHoldsEveryFigureWithReferenceRatioGoalAndVerdict() throws Exception {
        JsonNode root = new ObjectMapper().readTree(report.json());
        assertThat(root.at("/machine/cores").asInt()).isEqualTo(2);
        assertThat(root.at("/machine/cpu").asText()).isEqualTo("Test CPU");
        assertThat(root.at("/machine/loadBefore").asText()).isEqualTo("0.10 0.20 0.30");
        assertThat(root.get("runs").asInt()).isEqualTo(5);
        Map<String, JsonNode> byName = new HashMap<>();
        root.get("figures").forEach(f -> byName.put(f.get("name").asText(), f));
        assertThat(byName).containsOnlyKeys("startup-plain-ms", "lesson-switch-median-ms", "render-largest-ms");

        JsonNode s = byName.get("startup-plain-ms");
        assertThat(s.get("value").asDouble()).isEqualTo(1200);
        assertThat(s.at("/reference/label").asText()).isEqualTo("empty window");
        assertThat(s.at("/reference/value").asDouble()).isEqualTo(1000);
        assertThat(s.get("ratio").asDouble()).isEqualTo(1.2);
        assertThat(s.at("/goal/op").asText()).isEqualTo("<=");
        assertThat(s.at("/goal/limit").asDouble()).isEqualTo(1.3);
        assertThat(s.at("/goal/of").asText()).isEqualTo("ratio");
        assertThat(s.get("met").asBoolean()).isTrue();
        assertThat(s.get("samples")).hasSize(3);

        assertThat(byName.get("lesson-switch-median-ms").get("met").asBoolean()).isFalse();
        assertThat(byName.get("lesson-switch-median-ms").at("/goal/of").asText())
                .isEqualTo("value");
        JsonNode r = byName.get("render-largest-ms");
        assertThat(r.has("goal")).isFalse();
        assertThat(r.has("reference")).isFalse();
        assertThat(r.has("met")).isFalse();
        assertThat(root.get("notes").get(0).asText()).isEqualTo("a note");
    }

    @Test
    void aRatioThatRoundsToItsLimitShowsAThirdDecimal() {
        BenchFigure over = BenchFigure.of("m", "memory", 260.5, "MB")
                .withReference(173.3, "empty")
                .withGoal(Goal.ratioAtMost(1.5));
        assertThat(over.met()).isFalse();
        assertThat(BenchReport.ratio(over)).isEqualTo("1.503×");
        assertThat(BenchReport.ratio(startup)).isEqualTo("1.20×");
    }

    @Test
    void numbersKeepAboutThreeSignificantFigures() {
        assertThat(BenchReport.number(1234.4)).isEqualTo("1234");
        assertThat(BenchReport.number(12.34)).isEqualTo("12.3");
        assertThat(BenchReport.number(1.234)).isEqualTo("1.23");
        assertThat(BenchReport.number(0.1234)).isEqualTo("0.123");
    }

    @Test
    void childOutputLinesOfNameAndNumberAreFiguresAndTheRestIsIgnored() {
        Map<String, Double> figures = new HashMap<>();
        for (String line : List.of(
                "first-paint-ms 812",
                "peak-rss-kb 123456",
                "WARNING: something 12",
                "Picked up JAVA_TOOL_OPTIONS: -Xshare:on",
                "lesson-switch-median-ms 3.250",
                "trace 12 ms toolkit ready")) {
            BenchChildren.parse(line, figures);
        }
        assertThat(figures)
                .containsOnly(
                        Map.entry("first-paint-ms", 812.0),
                        Map.entry("peak-rss-kb", 123456.0),
                        Map.entry("lesson-switch-median-ms", 3.25));
    }
}
