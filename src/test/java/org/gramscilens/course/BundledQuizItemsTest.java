package org.gramscilens.course;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gramscilens.TestCourses;
import org.gramscilens.quiz.GiftParser;
import org.gramscilens.quiz.Question;
import org.junit.jupiter.api.Test;

/** Item-writing figures over the bundled course's quizzes: a test-wise learner must not score by picking the longest option. */
class BundledQuizItemsTest {

    @Test
    void theKeyIsTheLongestOptionInAtMostFortyPercentOfSingleAnswerQuestions() throws Exception {
        Course course = new CourseLoader().load(TestCourses.bundled());
        List<String> longest = new ArrayList<>();
        int singleAnswer = 0;
        for (var module : course.modules()) {
            if (module.quiz() == null) {
                continue;
            }
            String text = Files.readString(course.root().resolve(module.quiz()));
            for (Question q :
                    new GiftParser().parse(text, module.quiz().toString()).questions()) {
                Optional<QuizItemCheck.Lengths> l = QuizItemCheck.lengths(q);
                if (l.isEmpty()) {
                    continue;
                }
                singleAnswer++;
                if (l.get().keyLongest()) {
                    longest.add(q.id());
                }
            }
        }
        System.out.printf(
                "keyed option longest in %d of %d single-answer questions (%.0f%%): %s%n",
                longest.size(), singleAnswer, 100.0 * longest.size() / singleAnswer, longest);
        assertThat(singleAnswer).isGreaterThanOrEqualTo(30);
        assertThat(longest.size())
                .as("questions whose key is the longest option: %s", longest)
                .isLessThanOrEqualTo(singleAnswer * 40 / 100);
    }
}
