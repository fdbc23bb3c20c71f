package org.gramscilens.course;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** YAML mistakes are told in the author's terms with the fix, not in the parser's ("while parsing a flow sequence"). */
class YamlTreeErrorTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "id: a\\ntitle: [Cadres\\nsummary: s | 2 | a '[' list is not closed",
                "id: a\\ntitle: {Cadres\\n | 2 | a '{' is not closed",
                "id: a\\ntitle: Cadres: the idea\\n | 2 | contains ': '",
                "id: a\\ntitle: \"Cadres\\n | 2 | a quoted value is not closed",
                "id: a\\n\\ttitle: x\\n | 2 | tab",
                "id: a\\n  title: x\\nsummary: y\\n | 2 | indent",
            })
    void commonMistakesGetAPlainMessageAndItsLine(String yaml, int line, String expected) {
        YamlTree.YamlError e = catchThrowableOfType(
                YamlTree.YamlError.class,
                () -> YamlTree.parse(yaml.replace("\\n", "\n").replace("\\t", "\t")));
        assertThat(e).isNotNull();
        assertThat(e.getMessage()).contains(expected).doesNotContain("while parsing", "<block end>", "scanning");
        assertThat(e.line()).isEqualTo(line);
    }
}
