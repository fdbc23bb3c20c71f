package org.gramscilens.review;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.gramscilens.markdown.syntax.MarkdownParser;
import org.gramscilens.progress.ProgressStore;
import org.gramscilens.quiz.MultipleAnswer;
import org.gramscilens.quiz.MultipleChoice;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 10, item 12: the progress CSV as a spreadsheet reads it and as the app shows the answers. */
class ProgressCsvTest {
    @TempDir
    Path dir;

    @Test
    void answersReadAsTheAppShowsThemWithALearnerColumnAndReflections() throws Exception {
        CourseQuestions questions = Bundled.questions();
        DisplayText text = new DisplayText(Bundled.course(), new MarkdownParser());
        CourseQuestion single = questions.all().stream()
                .filter(q -> q.question() instanceof MultipleChoice)
                .findFirst()
                .orElseThrow();
        CourseQuestion several = questions.all().stream()
                .filter(q -> q.question() instanceof MultipleAnswer)
                .findFirst()
                .orElseThrow();
        MultipleChoice mc = (MultipleChoice) single.question();
        MultipleAnswer ma = (MultipleAnswer) several.question();
        ObjectMapper json = new ObjectMapper();
        StringWriter out = new StringWriter();
        try (ProgressStore s = ProgressStore.open(dir.resolve("p"))) {
            s.recordAttempt(single.id(), single.moduleId(), json.readTree("\"B\""), 0, 1200);
            s.recordReflection("some-essay", "I think, therefore \"I\" doubt\nsometimes");
            s.recordAttempt(several.id(), several.moduleId(), json.readTree("[\"A\",\"C\"]"), 0.5, 900);
            ProgressCsv.write(s.view(), "Ann Smith", questions, text, out);
        }
        List<List<String>> rows = parse(out.toString());
        assertThat(out.toString()).startsWith(ProgressCsv.HEADER + "\r\n");
        assertThat(rows).hasSize(4);
        assertThat(rows.get(1).get(0)).isEqualTo("Ann Smith");
        assertThat(rows.get(1).get(3)).isEqualTo(single.id());
        assertThat(rows.get(1).get(4)).isEqualTo(text.of(mc.text()));
        assertThat(rows.get(1).subList(5, 9))
                .containsExactly("answer", "2. " + text.of(mc.choices().get(1).text()), "0", "1200");
        assertThat(rows.get(2).subList(5, 9))
                .containsExactly("reflection", "I think, therefore \"I\" doubt\nsometimes", "", "");
        assertThat(rows.get(3).get(6))
                .isEqualTo("1. " + text.of(ma.choices().get(0).text()) + "; 3. "
                        + text.of(ma.choices().get(2).text()));
        assertThat(rows.get(3).get(7)).isEqualTo("0.5");
        assertThat(out.toString()).doesNotContain("[\"A\"").doesNotContain("\"\"B\"\"");
    }

    /** A small RFC 4180 reader, so the test checks what a spreadsheet would read. */
    private static List<List<String>> parse(String csv) {
        List<List<String>> rows = new java.util.ArrayList<>();
        List<String> row = new java.util.ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new java.util.ArrayList<>();
                i++;
            } else {
                field.append(c);
            }
        }
        return rows;
    }
}
