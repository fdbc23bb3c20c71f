package org.gramscilens.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The figures of one {@code bench} run, as a table for people and as JSON for files ({@code -o bench.json}). */
public record BenchReport(BenchMachine machine, int runs, List<BenchFigure> figures, List<String> notes) {
    private static final String[] HEADER = {"figure", "value", "reference", "ratio", "goal", "met"};

    public BenchReport {
        figures = List.copyOf(figures);
        notes = List.copyOf(notes);
    }

    /** The table: one row per figure, columns aligned, then the machine and any notes. */
    public String table() {
        List<String[]> rows = new ArrayList<>();
        rows.add(HEADER);
        for (BenchFigure f : figures) {
            Boolean met = f.met();
            rows.add(new String[] {
                f.label(),
                number(f.value()) + " " + f.unit(),
                f.reference() == null ? "" : f.referenceLabel() + " " + number(f.reference()) + " " + f.unit(),
                f.ratio() == null ? "" : ratio(f),
                f.goal() == null ? "" : f.goal().describe(f.unit()),
                met == null ? "" : met ? "yes" : "NO",
            });
        }
        int[] width = new int[HEADER.length];
        for (String[] r : rows) {
            for (int c = 0; c < r.length; c++) {
                width[c] = Math.max(width[c], r[c].length());
            }
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < rows.size(); i++) {
            String[] r = rows.get(i);
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < r.length; c++) {
                boolean right = c == 1 || c == 3;
                String cell = right
                        ? " ".repeat(width[c] - r[c].length()) + r[c]
                        : r[c] + " ".repeat(width[c] - r[c].length());
                line.append(c == 0 ? "" : "  ").append(cell);
            }
            out.append(line.toString().stripTrailing()).append('\n');
            if (i == 0) {
                int total = 0;
                for (int w : width) {
                    total += w + 2;
                }
                out.append("-".repeat(total - 2)).append('\n');
            }
        }
        out.append('\n')
                .append(String.format(
                        Locale.ROOT,
                        "machine: %d cores, %s; load %s before, %s after; %s; %s; %s%n",
                        machine.cores(),
                        machine.cpu(),
                        machine.loadBefore(),
                        machine.loadAfter(),
                        machine.java(),
                        machine.os(),
                        machine.when()));
        if (runs > 0) {
            out.append("start-up and memory: median of ").append(runs).append(" fresh processes each\n");
        }
        notes.forEach(n -> out.append("note: ").append(n).append('\n'));
        return out.toString();
    }

    /** Pretty-printed JSON: machine, runs, figures (with ratio and met worked out), notes. */
    public String json() {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("machine", machine);
        root.put("runs", runs);
        List<Map<String, Object>> list = new ArrayList<>();
        for (BenchFigure f : figures) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", f.name());
            m.put("label", f.label());
            m.put("value", f.value());
            m.put("unit", f.unit());
            if (f.reference() != null) {
                m.put("reference", Map.of("label", f.referenceLabel(), "value", f.reference()));
                m.put("ratio", f.ratio());
            }
            if (f.goal() != null) {
                Map<String, Object> g = new LinkedHashMap<>();
                g.put("op", f.goal().strict() ? "<" : "<=");
                g.put("limit", f.goal().limit());
                g.put("of", f.goal().onRatio() ? "ratio" : "value");
                m.put("goal", g);
                m.put("met", f.met());
            }
            if (!f.samples().isEmpty()) {
                m.put("samples", f.samples());
            }
            list.add(m);
        }
        root.put("figures", list);
        root.put("notes", notes);
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("bench figures could not be written as JSON", e);
        }
    }

    /** Two decimals, or three where two would read as the limit itself (1.503 against a goal of 1.50). */
    static String ratio(BenchFigure f) {
        String two = String.format(Locale.ROOT, "%.2f", f.ratio());
        boolean blurred = f.goal() != null
                && f.goal().onRatio()
                && two.equals(String.format(Locale.ROOT, "%.2f", f.goal().limit()))
                && f.ratio() != f.goal().limit();
        return (blurred ? String.format(Locale.ROOT, "%.3f", f.ratio()) : two) + "×";
    }

    /** Three significant figures or so: 1234, 123, 12.3, 1.23, 0.123. */
    static String number(double v) {
        double a = Math.abs(v);
        String pattern = a >= 100 ? "%.0f" : a >= 10 ? "%.1f" : a >= 1 ? "%.2f" : "%.3f";
        return String.format(Locale.ROOT, pattern, v);
    }
}
