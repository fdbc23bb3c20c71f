package org.gramscilens.course;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gramscilens.markdown.syntax.NestingLimit;
import org.gramscilens.quiz.GiftParser;
import org.gramscilens.quiz.GiftProblem;
import org.gramscilens.quiz.ParseResult;
import org.gramscilens.quiz.Question;

/**
 * Checks a course beyond what loading needs: that every citation, glossary reference, internal link
 * and image resolves. Each problem names its file and line. Warnings, which {@code validate --strict} treats as
 * errors, come from {@link QuizItemCheck} (item-writing cues) and {@link QuotationCheck} (quotations without
 * pages), and from the plugged-in checks.
 */
public final class CourseValidator {

    /** The outcome: problems (errors and warnings) in file order, and counts for the one-line summary. */
    public record Report(Course course, List<Problem> problems) {
        /** No errors; warnings may remain. */
        public boolean ok() {
            return problems.stream().allMatch(Problem::warning);
        }

        /** No errors, and no warnings either when {@code strict}. */
        public boolean ok(boolean strict) {
            return strict ? problems.isEmpty() : ok();
        }

        public long warnings() {
            return problems.stream().filter(Problem::warning).count();
        }

        public String summary() {
            long lessons = course.lessons().filter(l -> !l.broken()).count();
            long quizzes =
                    course.modules().stream().filter(m -> m.quiz() != null).count();
            return String.format(
                    "%s: %d modules, %d lessons, %d glossary terms, %d references, %d quizzes",
                    course.info().title(),
                    course.modules().size(),
                    lessons,
                    course.glossary().size(),
                    course.references().size(),
                    quizzes);
        }
    }

    private final CourseLoader loader;
    private final LessonScanner scanner;
    private final List<CourseCheck> checks;

    public CourseValidator(CourseLoader loader, LessonScanner scanner) {
        this(loader, scanner, List.of());
    }

    /** @param checks further checks (concept map, slides ...) run after the built-in ones */
    public CourseValidator(CourseLoader loader, LessonScanner scanner, List<CourseCheck> checks) {
        this.loader = loader;
        this.scanner = scanner;
        this.checks = List.copyOf(checks);
    }

    public Report validate(Path folder) throws CourseNotFoundException {
        return validate(loader.load(folder));
    }

    public Report validate(Course course) {
        List<Problem> problems = new ArrayList<>(course.problems());
        Map<String, LessonScanner.Scan> scans = new HashMap<>();
        Map<String, Lesson> byId = new HashMap<>();
        for (Lesson l : course.lessons().filter(l -> !l.broken()).toList()) {
            Lesson earlier = byId.putIfAbsent(l.id(), l);
            if (earlier != null) {
                problems.add(new Problem(
                        l.file(),
                        2,
                        "duplicate lesson id '" + l.id() + "' (also in "
                                + earlier.file().toString().replace('\\', '/') + ")"));
                continue;
            }
            scans.put(l.id(), scanner.scan(l.body(), l.bodyLine()));
        }
        // A lesson refused for its front matter still has an id and headings: links to it are not
        // reported as links to nowhere, since the lesson's own problem is the one to fix.
        for (Lesson l : course.lessons().filter(Lesson::broken).toList()) {
            LessonReader.salvage(course.root(), l.file())
                    .ifPresent(s -> scans.computeIfAbsent(s.id(), id -> scanner.scan(s.body(), s.bodyLine())));
        }
        for (Lesson l : byId.values().stream()
                .sorted((a, b) -> a.file().compareTo(b.file()))
                .toList()) {
            checkLesson(course, l, scans.get(l.id()), scans, problems);
        }
        checkGlossary(course, scans, problems);
        checkQuizzes(course, problems);
        QuotationCheck.check(course, problems);
        for (CourseCheck check : checks) {
            check.check(course, id -> Optional.ofNullable(scans.get(id)), problems);
        }
        problems.sort((a, b) -> {
            int c = a.file().toString().compareTo(b.file().toString());
            return c != 0 ? c : Integer.compare(a.line(), b.line());
        });
        return new Report(course, problems);
    }

    private void checkLesson(
            Course course,
            Lesson lesson,
            LessonScanner.Scan scan,
            Map<String, LessonScanner.Scan> scans,
            List<Problem> out) {
        Path file = lesson.file();
        List<String> frontMatter = frontMatterLines(course.root(), lesson);
        for (String term : lesson.keyTerms()) {
            if (course.term(term).isEmpty()) {
                out.add(new Problem(
                        file,
                        lineOf(frontMatter, term),
                        "key term '" + term + "' is not in glossary.yaml; add it there or fix the id"));
            }
        }
        for (int cut : NestingLimit.apply(lesson.body()).cutLines()) {
            out.add(
                    new Problem(
                            file,
                            lesson.bodyLine() + cut,
                            "lists or quotes nest more than "
                                    + NestingLimit.MAX_DEPTH + " levels deep (or a rule runs over "
                                    + NestingLimit.MAX_BREAK
                                    + " characters): the deeper part is shown as plain text; nest less deeply or split the line"));
        }
        for (LessonScanner.Ref c : scan.citations()) {
            if (course.reference(c.target()).isEmpty()) {
                out.add(new Problem(
                        file,
                        c.line(),
                        "unresolved citation [@" + c.target() + "]: add an entry with key '" + c.target()
                                + "' to references.yaml or fix the key"));
            }
        }
        for (LessonScanner.Ref link : scan.links()) {
            linkProblem(course, lesson, scan, scans, link.target())
                    .ifPresent(m -> out.add(new Problem(file, link.line(), m)));
        }
        Path base = course.root().resolve(file).getParent();
        for (LessonScanner.Ref img : scan.images()) {
            String target = img.target();
            String plain = target.replace('\\', '/');
            if (plain.startsWith("/") || plain.matches("^[A-Za-z]:.*")) {
                out.add(new Problem(
                        file,
                        img.line(),
                        "image: absolute path '" + target + "' is refused: use a path inside the course folder"));
                continue;
            }
            Optional<Path> path = CoursePaths.content(course.root(), base, target);
            if (path.isEmpty() || !Files.isRegularFile(path.get())) {
                Path named = base.resolve(plain).normalize();
                boolean leaves = !named.toAbsolutePath()
                        .normalize()
                        .startsWith(course.root().toAbsolutePath().normalize());
                out.add(new Problem(
                        file,
                        img.line(),
                        leaves
                                ? "image " + target + " leaves the course folder and is refused: use a path inside it"
                                : CoursePaths.outside(course.root(), named)
                                        .map(why -> "image " + target + " " + why)
                                        .orElse("image not found: " + target
                                                + " (paths are relative to the lesson file, or to the"
                                                + " course folder)")));
            }
        }
    }

    /** What is wrong with a link target, if anything. */
    static Optional<String> linkProblem(
            Course course,
            Lesson lesson,
            LessonScanner.Scan scan,
            Map<String, LessonScanner.Scan> scans,
            String target) {
        if (target.startsWith("http://") || target.startsWith("https://") || target.startsWith("mailto:")) {
            return Optional.empty();
        }
        if (target.startsWith("#")) {
            String anchor = target.substring(1);
            return scan.hasHeading(anchor)
                    ? Optional.empty()
                    : Optional.of("link to #" + anchor + ": no heading with that id in this lesson");
        }
        if (target.startsWith("glossary:")) {
            String id = target.substring("glossary:".length());
            return course.term(id).isPresent()
                    ? Optional.empty()
                    : Optional.of("link to glossary term '" + id + "', which is not in glossary.yaml");
        }
        if (target.startsWith("ref:")) {
            String key = target.substring("ref:".length());
            return course.reference(key).isPresent()
                    ? Optional.empty()
                    : Optional.of("link to reference '" + key + "', which is not in references.yaml");
        }
        if (target.startsWith("lesson:")) {
            return lessonTargetProblem(course, scans, target.substring("lesson:".length()));
        }
        if (target.matches("^[A-Za-z][A-Za-z0-9+.-]*:.*")) {
            return Optional.of("link '" + target + "' uses an unsupported scheme; use lesson:, glossary:, "
                    + "#heading, http(s): or mailto:");
        }
        Optional<String> refused = CoursePaths.refusal(target);
        if (refused.isPresent()) {
            return Optional.of("link " + refused.get());
        }
        String path = target.contains("#") ? target.substring(0, target.indexOf('#')) : target;
        Path base = course.root().resolve(lesson.file()).getParent();
        Optional<Path> resolved = CoursePaths.resolve(course.root(), base, path);
        return resolved.isPresent() && Files.exists(resolved.get())
                ? Optional.empty()
                : Optional.of("link target not found: " + target);
    }

    /** Checks "lesson-id" or "lesson-id#heading-id". */
    static Optional<String> lessonTargetProblem(Course course, Map<String, LessonScanner.Scan> scans, String target) {
        int hash = target.indexOf('#');
        String id = hash < 0 ? target : target.substring(0, hash);
        LessonScanner.Scan scan = scans.get(id);
        if (scan == null) {
            return Optional.of("link to lesson '" + id + "', which does not exist");
        }
        if (hash >= 0 && !scan.hasHeading(target.substring(hash + 1))) {
            return Optional.of("link to '" + target + "': lesson '" + id + "' has no heading with id '"
                    + target.substring(hash + 1) + "'");
        }
        return Optional.empty();
    }

    private static void checkGlossary(Course course, Map<String, LessonScanner.Scan> scans, List<Problem> out) {
        Path file = GlossaryReader.FILE;
        for (GlossaryTerm t : course.glossary().values()) {
            for (String target : t.taughtIn()) {
                lessonTargetProblem(course, scans, target)
                        .ifPresent(m -> out.add(new Problem(file, t.line(), "term '" + t.id() + "' taught-in: " + m)));
            }
            for (String other : t.seeAlso()) {
                if (course.term(other).isEmpty()) {
                    out.add(new Problem(
                            file, t.line(), "term '" + t.id() + "' see-also '" + other + "' is not a glossary id"));
                }
            }
            for (String key : t.sources()) {
                if (course.reference(key).isEmpty()) {
                    out.add(new Problem(
                            file, t.line(), "term '" + t.id() + "' source '" + key + "' is not in references.yaml"));
                }
            }
        }
    }

    /**
     * Each module's quiz.gift parses (problems carry line and column), question ids are unique across the
     * course (progress is kept by id), and citations in question text and feedback resolve.
     */
    private void checkQuizzes(Course course, List<Problem> out) {
        GiftParser gift = new GiftParser();
        QuizItemCheck items = new QuizItemCheck(course);
        Map<String, Path> ids = new HashMap<>();
        for (var module : course.modules()) {
            if (module.quiz() == null) {
                continue;
            }
            String text;
            try {
                text = org.gramscilens.files.TextFiles.readUtf8(course.root().resolve(module.quiz()));
            } catch (org.gramscilens.files.TextFiles.NotUtf8Exception e) {
                out.add(new Problem(module.quiz(), e.line(), e.column(), e.getMessage()));
                continue;
            } catch (IOException e) {
                out.add(new Problem(module.quiz(), 0, "cannot read: " + e.getMessage()));
                continue;
            }
            String name = module.quiz().toString().replace('\\', '/');
            ParseResult result = Module.readQuiz(text, module.quiz(), name, gift);
            for (GiftProblem p : result.problems()) {
                out.add(new Problem(module.quiz(), p.line(), p.column(), p.message()));
            }
            for (Question q : result.questions()) {
                int line = q.source() == null ? 0 : q.source().line();
                Path earlier = ids.putIfAbsent(q.id(), module.quiz());
                if (earlier != null && !earlier.equals(module.quiz())) {
                    out.add(new Problem(
                            module.quiz(),
                            line,
                            "question id '" + q.id() + "' is also used in "
                                    + earlier.toString().replace('\\', '/') + "; ids must be unique in the course"));
                }
                for (String key : QuizTexts.citedKeys(q)) {
                    if (course.reference(key).isEmpty()) {
                        out.add(new Problem(
                                module.quiz(),
                                line,
                                "question '" + q.id() + "' cites [@" + key + "], which is not in references.yaml"));
                    }
                }
                items.check(module.quiz(), q, out);
            }
        }
        items.finish(out);
    }

    private static List<String> frontMatterLines(Path root, Lesson lesson) {
        try {
            List<String> all = Files.readAllLines(root.resolve(lesson.file()));
            return all.subList(0, Math.min(all.size(), Math.max(1, lesson.bodyLine() - 1)));
        } catch (IOException e) {
            return List.of();
        }
    }

    private static int lineOf(List<String> lines, String needle) {
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).matches(".*\\b" + java.util.regex.Pattern.quote(needle) + "\\b.*")) {
                return i + 1;
            }
        }
        return 1;
    }
}
