package org.gramscilens.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class BundleTest {
    private static final Path RESOURCES = Path.of("src/main/resources");

    @Test
    void everyKeyOfEveryBundleKeepsItsTextAndFillsEveryPlaceholder() throws IOException {
        List<Path> bundles = bundles();
        assertThat(bundles).hasSizeGreaterThanOrEqualTo(6);
        Object[] args = new Object[10];
        Arrays.fill(args, 3);
        List<String> problems = new ArrayList<>();
        int keys = 0;
        for (Path file : bundles) {
            Properties properties = load(file);
            for (String key : properties.stringPropertyNames()) {
                keys++;
                String pattern = properties.getProperty(key);
                String where = RESOURCES.relativize(file) + " " + key + ": ";
                if (pattern.contains("''")) {
                    problems.add(where + "doubled apostrophe (write it once)");
                }
                String shown = Bundle.format(pattern, Locale.ROOT, args);
                for (String literal : literals(pattern)) {
                    if (!shown.contains(literal)) {
                        problems.add(where + "lost \"" + literal + "\" -> " + shown);
                    }
                }
                if (shown.matches("(?s).*\\{\\d.*")) {
                    problems.add(where + "placeholder left unfilled -> " + shown);
                }
            }
        }
        assertThat(keys).isGreaterThan(300);
        assertThat(problems).isEmpty();
    }

    @Test
    void apostrophesSurviveWithAndWithoutArguments() {
        assertThat(Bundle.format("This lesson's part of the course's map", Locale.ROOT))
                .isEqualTo("This lesson's part of the course's map");
        assertThat(Bundle.format("{0} is the course's", Locale.ROOT, "X")).isEqualTo("X is the course's");
        assertThat(Bundle.format("{0,choice,0#none|1#one learner's|1<{0} learners'}", Locale.ROOT, 2))
                .isEqualTo("2 learners'");
        assertThat(Bundle.of("org.gramscilens.ui.messages").get("lesson.mapIntro"))
                .startsWith("This lesson's part of the course's concept map");
    }

    @Test
    void aMissingKeyIsShownAsItself() {
        assertThat(Bundle.of("org.gramscilens.ui.messages").get("no.such.key")).isEqualTo("!no.such.key!");
    }

    private static List<Path> bundles() throws IOException {
        try (Stream<Path> files = Files.walk(RESOURCES)) {
            return files.filter(f -> f.getFileName().toString().matches("messages(_.*)?\\.properties"))
                    .sorted()
                    .toList();
        }
    }

    private static Properties load(Path file) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            properties.load(in);
        }
        return properties;
    }

    /** The text between the top-level placeholders: all of it must reach the screen unchanged. */
    static List<String> literals(String pattern) {
        List<String> literals = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int depth = 0;
        for (char c : pattern.toCharArray()) {
            if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth--;
            } else if (depth == 0) {
                current.append(c);
                continue;
            }
            if (!current.isEmpty()) {
                literals.add(current.toString());
                current.setLength(0);
            }
        }
        if (!current.isEmpty()) {
            literals.add(current.toString());
        }
        return literals;
    }
}
