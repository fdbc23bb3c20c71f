package org.gramscilens.xapi;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.gramscilens.quiz.Choice;
import org.gramscilens.quiz.MissingWord;
import org.gramscilens.quiz.MultipleChoice;
import org.gramscilens.quiz.Question;

/**
 * A lecturer's view of a class, built from xAPI statements (from an LRS or from files learners hand in):
 * per question, how many answered, the share correct, the most chosen wrong response with its feedback and
 * the median time; the mastery distribution (learners by mean score); shared reflections. Statements about
 * other courses are ignored; a statement seen twice (same id) counts once.
 */
public final class ClassReport {

    /** One question's figures. */
    public record QuestionRow(
            String moduleId,
            String questionId,
            String title,
            int answered,
            double percentCorrect,
            String commonWrong,
            int commonWrongCount,
            String commonWrongFeedback,
            long medianMs) {}

    /** A reflection a learner chose to share. */
    public record SharedReflection(String questionId, String learner, Instant at, String text) {}

    private final XapiCourse course;
    private final Set<String> seen = new HashSet<>();
    private final Map<String, List<JsonNode>> answers = new LinkedHashMap<>();
    private final Map<String, List<Double>> scoresByLearner = new HashMap<>();
    private final List<SharedReflection> reflections = new ArrayList<>();
    private final Instant since;

    /** @param since only statements timestamped at or after this count; null for all */
    public ClassReport(XapiCourse course, Instant since) {
        this.course = course;
        this.since = since;
    }

    /** Adds every statement the LRS holds about the course's questions, question by question. */
    public void addFrom(LrsClient lrs) throws java.io.IOException {
        addFrom(lrs, (done, total) -> {});
    }

    /**
     * Adds every statement the LRS holds about the course's questions, one query per question (this LRS
     * pages badly through thousands of statements: see {@link LrsClient#fetchActivity}).
     *
     * @param progress told (questions read, questions in all) after each question
     */
    public void addFrom(LrsClient lrs, java.util.function.BiConsumer<Integer, Integer> progress)
            throws java.io.IOException {
        List<String> ids = new ArrayList<>(course.questions().keySet());
        for (int i = 0; i < ids.size(); i++) {
            lrs.fetchActivity(course.ids().question(ids.get(i)), this::add);
            progress.accept(i + 1, ids.size());
        }
    }

    /** Adds statements; safe to call page by page. */
    public void add(Iterable<? extends JsonNode> statements) {
        for (JsonNode s : statements) {
            add(s);
        }
    }

    public void add(JsonNode s) {
        String id = s.path("id").asText("");
        if (id.isEmpty() || !seen.add(id)) {
            return;
        }
        String questionId =
                course.ids().questionIdOf(s.path("object").path("id").asText());
        if (questionId == null || (since != null && timestamp(s).isBefore(since))) {
            return;
        }
        String verb = s.path("verb").path("id").asText();
        if (verb.equals(Verbs.ANSWERED.id())) {
            answers.computeIfAbsent(questionId, k -> new ArrayList<>()).add(s.path("result"));
            if (s.path("result").path("score").has("scaled")) {
                scoresByLearner
                        .computeIfAbsent(learner(s), k -> new ArrayList<>())
                        .add(s.path("result").path("score").path("scaled").asDouble());
            }
        } else if (verb.equals(Verbs.COMMENTED.id())
                && s.path("result").path("response").isTextual()) {
            reflections.add(new SharedReflection(
                    questionId,
                    learner(s),
                    timestamp(s),
                    s.path("result").path("response").asText()));
        }
    }

    public int statementCount() {
        return seen.size();
    }

    /** Questions in course order (questions the course no longer has last, by id). */
    public List<QuestionRow> questions() {
        List<String> order = new ArrayList<>(course.questions().keySet().stream()
                .filter(answers::containsKey)
                .toList());
        List<String> unknown = new ArrayList<>(answers.keySet());
        unknown.removeAll(order);
        unknown.sort(null);
        order.sort(java.util.Comparator.comparingInt(this::courseIndex));
        order.addAll(unknown);
        List<QuestionRow> rows = new ArrayList<>();
        for (String q : order) {
            rows.add(row(q, answers.get(q)));
        }
        return rows;
    }

    private int courseIndex(String questionId) {
        return new ArrayList<>(course.questions().keySet()).indexOf(questionId);
    }

    private QuestionRow row(String questionId, List<JsonNode> results) {
        int correct = 0;
        Map<String, Integer> wrong = new TreeMap<>();
        List<Long> times = new ArrayList<>();
        for (JsonNode r : results) {
            if (r.path("success").asBoolean(false)) {
                correct++;
            } else if (r.path("response").isTextual() && r.has("success")) {
                wrong.merge(r.path("response").asText(), 1, Integer::sum);
            }
            if (r.path("duration").isTextual()) {
                try {
                    times.add(Duration.parse(r.path("duration").asText()).toMillis());
                } catch (DateTimeParseException ignored) {
                    // a duration the LRS accepted but Java cannot read counts for no time
                }
            }
        }
        String common = null;
        int commonCount = 0;
        for (Map.Entry<String, Integer> e : wrong.entrySet()) {
            if (e.getValue() > commonCount) {
                common = e.getKey();
                commonCount = e.getValue();
            }
        }
        Question q = course.question(questionId).orElse(null);
        String title = q == null ? questionId : (q.title() == null || q.title().isBlank() ? questionId : q.title());
        String module = course.moduleOf(questionId).orElse("");
        times.sort(null);
        long median = times.isEmpty()
                ? 0
                : times.size() % 2 == 1
                        ? times.get(times.size() / 2)
                        : (times.get(times.size() / 2 - 1) + times.get(times.size() / 2)) / 2;
        double pct = results.isEmpty() ? 0 : Math.round(1000.0 * correct / results.size()) / 10.0;
        return new QuestionRow(
                module,
                questionId,
                title,
                results.size(),
                pct,
                common == null ? "" : common,
                commonCount,
                feedback(q, common),
                median);
    }

    /** The feedback the course gives for a wrong choice, when the response names one. */
    private String feedback(Question question, String response) {
        Question q = question instanceof MissingWord m ? m.underlying() : question;
        if (!(q instanceof MultipleChoice mc) || response == null || response.length() != 1) {
            return "";
        }
        int index = response.charAt(0) - 'A';
        if (index < 0 || index >= mc.choices().size()) {
            return "";
        }
        Choice c = mc.choices().get(index);
        return course.definitions()
                .languageMap(c.feedback().text())
                .path(course.definitions().language())
                .asText();
    }

    /** One module's figures: its questions' answers together. */
    public record ModuleRow(String moduleId, String title, int questions, int answered, double percentCorrect) {}

    /** Modules in course order, each with the questions that have answers. */
    public List<ModuleRow> modules() {
        Map<String, List<QuestionRow>> byModule = new LinkedHashMap<>();
        for (QuestionRow r : questions()) {
            byModule.computeIfAbsent(r.moduleId(), k -> new ArrayList<>()).add(r);
        }
        List<ModuleRow> rows = new ArrayList<>();
        byModule.forEach((module, qs) -> {
            int answered = qs.stream().mapToInt(QuestionRow::answered).sum();
            double correct = qs.stream()
                    .mapToDouble(q -> q.answered() * q.percentCorrect() / 100.0)
                    .sum();
            double pct = answered == 0 ? 0 : Math.round(1000.0 * correct / answered) / 10.0;
            String title = course.title(course.ids().module(module)).orElse(module.isEmpty() ? "—" : module);
            rows.add(new ModuleRow(module, title, qs.size(), answered, pct));
        });
        return rows;
    }

    /** Learners by mean score: five bands, 0–20 % … 80–100 %, each a count of learners. */
    public int[] masteryDistribution() {
        int[] bands = new int[5];
        scoresByLearner.values().forEach(scores -> {
            double mean =
                    scores.stream().mapToDouble(Double::doubleValue).average().orElse(0);
            bands[Math.min(4, (int) (mean * 5))]++;
        });
        return bands;
    }

    public int learnerCount() {
        return scoresByLearner.size();
    }

    public List<SharedReflection> reflections() {
        List<SharedReflection> list = new ArrayList<>(reflections);
        list.sort(java.util.Comparator.comparing(SharedReflection::questionId)
                .thenComparing(SharedReflection::at)
                .thenComparing(SharedReflection::learner));
        return list;
    }

    private static String learner(JsonNode s) {
        JsonNode actor = s.path("actor");
        return actor.has("mbox")
                ? actor.get("mbox").asText()
                : actor.path("account").path("name").asText();
    }

    private static Instant timestamp(JsonNode s) {
        try {
            return Instant.parse(s.path("timestamp").asText());
        } catch (DateTimeParseException e) {
            return Instant.EPOCH;
        }
    }
}
