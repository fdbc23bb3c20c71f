package org.gramscilens.quiz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The sample GIFT files under src/test/resources/org/gramscilens/quiz/samples, and test helpers. */
final class QuizSamples {

    private QuizSamples() {}

    static Stream<Path> giftFiles() {
        try {
            Path dir = Path.of(QuizSamples.class.getResource("samples").toURI());
            try (Stream<Path> files = Files.list(dir)) {
                return files.filter(f -> f.toString().endsWith(".gift")).sorted().toList().stream();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Questions compared without where they stood in their files. */
    static List<Question> withoutSources(List<Question> questions) {
        return questions.stream().map(Question::withoutSource).toList();
    }
}
