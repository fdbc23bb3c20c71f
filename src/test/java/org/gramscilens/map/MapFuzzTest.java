package org.gramscilens.map;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.file.Path;

/**
 * Fuzzers for the concept-map readers: CmapTools CXL (raw bytes, so any encoding) and concept-map.yaml.
 * A CXL file that is not a map may only be refused with {@link CxlException}; concept-map.yaml problems go
 * into the result. Whatever is read must write back as CXL. Replay and fuzzing: docs/testing.md.
 */
class MapFuzzTest {

    @FuzzTest(maxDuration = "10m")
    void cxlReader(FuzzedDataProvider data) {
        try {
            CxlReader.Imported imported = CxlReader.parse(data.consumeRemainingAsBytes(), Path.of("f.cxl"));
            assertThat(imported.warnings()).isNotNull();
            CxlWriter.write(imported.map(), "t");
        } catch (CxlException e) {
            assertThat(e.problem().file()).isEqualTo(Path.of("f.cxl"));
        }
    }

    @FuzzTest(maxDuration = "10m")
    void conceptMapYaml(FuzzedDataProvider data) {
        ConceptMapLoader.Result r = ConceptMapLoader.parse(data.consumeRemainingAsString());
        assertThat(r.problems()).isNotNull();
        CxlWriter.write(r.map(), "t");
    }
}
