package org.gramscilens.progress;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;

/**
 * Issue 15: whatever prefix of the journal survives (a crash, a disk that kept only the first bytes), opening
 * the profile gives back a prefix of the records that were acknowledged, in order: never a record out of
 * order, a changed one, or one that was never acknowledged.
 */
class JournalTruncationProperties {

    private record Acknowledged(String questionId, String answer) {}

    @Property(tries = 100)
    void replayAfterAnyTruncationIsAPrefixOfTheAcknowledgedRecords(
            @ForAll @Size(min = 1, max = 25) List<@StringLength(min = 1, max = 12) String> answers,
            @ForAll @DoubleRange(min = 0, max = 1) double keep)
            throws IOException {
        Path dir = Files.createTempDirectory("gramsci-truncation");
        try {
            List<Acknowledged> acknowledged = new ArrayList<>();
            Path crashed;
            try (ProgressStore s = ProgressStore.open(dir.resolve("p"), Fixtures.options())) {
                for (int i = 0; i < answers.size(); i++) {
                    String answer = answers.get(i);
                    s.recordAttempt("q" + i, "m", TextNode.valueOf(answer), 1, i);
                    acknowledged.add(new Acknowledged("q" + i, answer));
                }
                crashed = Fixtures.crashCopy(s.folder(), dir.resolve("crashed"));
            }
            Path journal = crashed.resolve(StoreFiles.JOURNAL);
            byte[] bytes = Files.readAllBytes(journal);
            int cut = (int) Math.round(keep * bytes.length);
            Files.write(journal, Arrays.copyOf(bytes, cut));

            List<Acknowledged> replayed = new ArrayList<>();
            try (ProgressStore s = ProgressStore.open(crashed, Fixtures.options())) {
                for (QuizAttempt a : s.view().attempts()) {
                    replayed.add(new Acknowledged(a.questionId(), a.answer().asText()));
                }
            }
            assertThat(replayed.size()).isLessThanOrEqualTo(acknowledged.size());
            assertThat(replayed).isEqualTo(acknowledged.subList(0, replayed.size()));
            if (cut == bytes.length) {
                assertThat(replayed).isEqualTo(acknowledged);
            }
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path f : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) {
                    Files.delete(f);
                }
            }
        }
    }
}
