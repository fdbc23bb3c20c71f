package org.gramscilens.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Hostile or broken files: the reader either reads what it can or refuses with 'file:line: reason', never anything else. */
class CxlHostileTest {
    private static final Path NAME = Path.of("hostile.cxl");

    private static String outcome(byte[] bytes) {
        try {
            CxlReader.Imported imported = CxlReader.parse(bytes, NAME);
            imported.warnings().forEach(w -> assertThat(w.file()).isEqualTo(NAME));
            MapYamlWriter.write(imported.map(), "lesson", NAME);
            return "read";
        } catch (CxlException e) {
            assertThat(e.getMessage())
                    .startsWith("hostile.cxl")
                    .doesNotContain("Exception")
                    .doesNotContain("\tat ");
            assertThat(e.problem().file()).isEqualTo(NAME);
            return e.getMessage();
        }
    }

    @Test
    void entityExpansionIsRefused() {
        String laughs = "<?xml version=\"1.0\"?>\n<!DOCTYPE cmap [\n<!ENTITY a \"aaaaaaaaaa\">\n"
                + "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">\n<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">\n]>\n"
                + "<cmap><map><concept-list><concept id=\"x\" label=\"&c;\"/></concept-list></map></cmap>\n";
        assertThat(outcome(laughs.getBytes(StandardCharsets.UTF_8))).matches("hostile\\.cxl:\\d+: .*");
    }

    @Test
    void garbageAndOddEncodingsAreRefusedWithALine() {
        for (byte[] bytes : List.of(
                new byte[] {0, 1, 2, (byte) 0xff, (byte) 0xfe, 60},
                "<cmap><map><concept id=\"a\" label=\"&#0;\"/></map></cmap>".getBytes(StandardCharsets.UTF_8),
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><cmap><map>\u00e9".getBytes(StandardCharsets.ISO_8859_1),
                "<cmap><map></cmap>".getBytes(StandardCharsets.UTF_8))) {
            assertThat(outcome(bytes)).startsWith("hostile.cxl");
        }
    }

    @Test
    void oddValuesAreReadOrWarnedAbout() {
        String deep = "<a>".repeat(5000) + "</a>".repeat(5000);
        String odd = "<cmap><map><concept-list>"
                + "<concept id=\"a\" label=\"A\" parent-id=\"a\"/><concept id=\"b\" label=\"\" parent-id=\"nowhere\"/>"
                + "<concept id=\"c\" label=\"" + "x ".repeat(20000) + "\"/></concept-list>"
                + "<linking-phrase-list><linking-phrase id=\"p\" label=\"to\"/></linking-phrase-list>"
                + "<connection-list><connection id=\"k1\" from-id=\"a\" to-id=\"p\"/><connection id=\"k2\" from-id=\"p\""
                + " to-id=\"p\"/><connection id=\"k3\" from-id=\"p\" to-id=\"b\"/></connection-list>"
                + "<concept-appearance-list><concept-appearance id=\"a\" x=\"1e400\" y=\"NaN\" background-color=\"999,-1,a\"/>"
                + "<concept-appearance id=\"b\" x=\"-5\" y=\"7\" background-color=\"1,2,3,4,5\"/></concept-appearance-list>"
                + "<extra-graphical-properties-list><properties-list id=\"gramsci-lens-groups\">"
                + "<property key=\"group:\" value=\"#zzzzzz\"/><property key=\"group:g\"/></properties-list>"
                + "</extra-graphical-properties-list>" + deep + "</map></cmap>";
        assertThat(outcome(odd.getBytes(StandardCharsets.UTF_8))).isEqualTo("read");
    }
}
