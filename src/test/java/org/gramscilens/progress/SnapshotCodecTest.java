package org.gramscilens.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gramscilens.progress.Fixtures.json;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SnapshotCodecTest {

    private static final Instant T = Instant.parse("2025-03-01T09:00:00Z");

    private static Snapshot sample() {
        return new Snapshot(
                9,
                List.of(new QuizAttempt(1, "q1", "m1", json("{\"a\":[1,2.5,true,null,\"x\"]}"), 0.5, 1200, T)),
                List.of(
                        new LessonEvent(2, "l1", LessonEvent.Kind.OPENED, T),
                        new LessonEvent(3, "l1", LessonEvent.Kind.FINISHED, T.plusSeconds(60))),
                List.of(new Reflection(4, "e1", "line one\nline \"two\"", T)),
                List.of(new MapAttempt(5, "map", json("{\"links\":[]}"), 1, T)),
                List.of(new ReviewStateChange(6, "q1", json("{\"ease\":2.5}"), T)),
                List.of(new SettingChange(7, "theme", json("\"dark\""), T)));
    }

    private static String write(Snapshot s) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SnapshotCodec.write(s, T, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static Snapshot read(String text) throws FormatException {
        return SnapshotCodec.read(text.getBytes(StandardCharsets.UTF_8)).snapshot();
    }

    @Test
    void everyEntryTypeRoundTrips() throws Exception {
        Snapshot s = sample();
        assertThat(read(write(s))).isEqualTo(s);
    }

    @Test
    void theFileIsOneEntryPerLineWithTheVersionFirst() throws Exception {
        String text = write(sample());
        assertThat(text).startsWith("{\n  \"schemaVersion\": 2,\n  \"lastSeq\": 9,\n");
        assertThat(text).contains("\n    {\"seq\":1,\"at\":\"2025-03-01T09:00:00Z\",\"questionId\":\"q1\"");
        assertThat(text.lines())
                .as("4 header lines, 7 lists of one entry (3 lines each), the closing brace")
                .hasSize(26);
    }

    @Test
    void fieldsInAnotherOrderAndUnknownFieldsAreAccepted() throws Exception {
        Snapshot s = read("""
                {"attempts": [{"questionId":"q","moduleId":"m","answer":1,"score":1,"timeTakenMs":5,
                               "at":"2025-03-01T09:00:00.5+01:00","seq":3,"addedLater":{"x":1}}],
                 "lastSeq": 3, "schemaVersion": 2, "futureTopLevel": [1, 2]}
                """);
        assertThat(s.attempts()).singleElement().satisfies(a -> {
            assertThat(a.seq()).isEqualTo(3);
            assertThat(a.at()).isEqualTo(Instant.parse("2025-03-01T08:00:00.5Z"));
        });
    }

    @Test
    void aNewerVersionIsRecognisedAsSuch() {
        assertThatThrownBy(() -> read("{\"schemaVersion\": 3, \"lastSeq\": 0}"))
                .isInstanceOf(NewerFormatException.class)
                .hasMessageContaining("format version 3");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "{\"schemaVersion\": 2}",
                "{\"lastSeq\": 0}",
                "{\"schemaVersion\": 0, \"lastSeq\": 0}",
                "{\"schemaVersion\": 2, \"lastSeq\": 0} trailing",
                "[]",
                "{\"schemaVersion\": 2, \"lastSeq\": 1, \"attempts\": {}}",
                "{\"schemaVersion\": 2, \"lastSeq\": 1, \"attempts\": [{\"seq\":1}]}",
                "{\"schemaVersion\": 2, \"lastSeq\": 1, \"attempts\": [{\"seq\":1,\"at\":\"2025-03-01T09:00:00Z\","
                        + "\"questionId\":\"q\",\"moduleId\":\"m\",\"answer\":1,\"score\":1.5,\"timeTakenMs\":1}]}",
                "{\"schemaVersion\": 2, \"lastSeq\": 1, \"attempts\": [{\"seq\":1,\"at\":\"2025-02-30T09:00:00Z\","
                        + "\"questionId\":\"q\",\"moduleId\":\"m\",\"answer\":1,\"score\":1,\"timeTakenMs\":1}]}",
                "{\"schemaVersion\": 2, \"lastSeq\": 1, \"lessonsOpened\": [{\"seq\":1,\"at\":\"2025-03-01T09:00:00Z\","
                        + "\"questionId\":\"wrong-id-field\"}]}"
            })
    void malformedDocumentsAreRefused(String text) {
        assertThatThrownBy(() -> read(text))
                .isInstanceOf(FormatException.class)
                .isNotInstanceOf(NewerFormatException.class);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "2025-03-01T09:00:00Z",
                "2025-03-01T09:00:00.1Z",
                "2025-03-01T09:00:00.123456789Z",
                "1999-12-31T23:59:59.999Z",
                "2024-02-29T00:00:00Z",
                "+12025-03-01T09:00:00Z",
                "2025-03-01T09:00:00.5+01:00"
            })
    void timestampsReadAsInstantParseReadsThem(String text) throws Exception {
        assertThat(Instants.parse(text))
                .isEqualTo(java.time.OffsetDateTime.parse(text).toInstant());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "2025-13-01T09:00:00Z",
                "2025-02-29T09:00:00Z",
                "2025-03-01T25:00:00Z",
                "2025-03-01 09:00:00Z",
                "2025-03-01T09:00:00",
                "2025-03-01T09:00:00.1234567891Z",
                "yesterday"
            })
    void badTimestampsAreRefused(String text) {
        assertThatThrownBy(() -> Instants.parse(text)).isInstanceOf(FormatException.class);
    }
}
