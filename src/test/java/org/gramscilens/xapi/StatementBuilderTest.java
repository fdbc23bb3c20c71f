package org.gramscilens.xapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.gramscilens.progress.QuizAttempt;
import org.gramscilens.progress.Reflection;
import org.gramscilens.quiz.Choice;
import org.gramscilens.quiz.FormattedText;
import org.gramscilens.quiz.MatchPair;
import org.gramscilens.quiz.Matching;
import org.gramscilens.quiz.MultipleAnswer;
import org.gramscilens.quiz.MultipleChoice;
import org.gramscilens.quiz.QuestionInfo;
import org.gramscilens.quiz.TrueFalse;
import org.junit.jupiter.api.Test;

class StatementBuilderTest {

    private static final JsonNodeFactory N = JsonNodeFactory.instance;
    private final InteractionDefinitions defs = new InteractionDefinitions(FormattedText::text, "en");

    @Test
    void version5UuidsMatchRfc4122() {
        // Python: uuid.uuid5(uuid.NAMESPACE_DNS, "python.org")
        UUID dns = UUID.fromString("6ba7b810-9dad-11d1-80b4-00c04fd430c8");
        assertThat(Uuid5.of(dns, "python.org")).hasToString("886313e1-3b8a-5372-9b90-0c9aee199e5d");
    }

    @Test
    void multipleChoiceDefinitionCarriesTextChoicesAndCorrectPattern() {
        MultipleChoice q = new MultipleChoice(
                QuestionInfo.of("Hegemony", FormattedText.moodle("What is hegemony?"))
                        .withId("heg-1"),
                List.of(Choice.of("Force alone", 0), Choice.of("Consent and coercion", 100)));
        ObjectNode def = defs.definition(q);
        assertThat(def.get("interactionType").asText()).isEqualTo("choice");
        assertThat(def.get("description").get("en").asText()).isEqualTo("What is hegemony?");
        assertThat(def.get("choices").get(1).get("id").asText()).isEqualTo("B");
        assertThat(def.get("choices").get(1).get("description").get("en").asText())
                .isEqualTo("Consent and coercion");
        assertThat(def.get("correctResponsesPattern").toString()).isEqualTo("[\"B\"]");
    }

    @Test
    void multipleAnswerTrueFalseAndMatchingPatterns() {
        MultipleAnswer ma = new MultipleAnswer(
                QuestionInfo.of("", FormattedText.moodle("Pick")).withId("m"),
                List.of(Choice.of("a", 50), Choice.of("b", -100), Choice.of("c", 50)));
        assertThat(defs.definition(ma).get("correctResponsesPattern").get(0).asText())
                .isEqualTo("A[,]C");
        assertThat(InteractionDefinitions.response(ma, N.arrayNode().add("A").add("C")))
                .isEqualTo("A[,]C");

        TrueFalse tf = new TrueFalse(
                QuestionInfo.of("", FormattedText.moodle("True?")).withId("t"),
                false,
                FormattedText.EMPTY,
                FormattedText.EMPTY);
        assertThat(defs.definition(tf).get("correctResponsesPattern").get(0).asText())
                .isEqualTo("false");
        assertThat(InteractionDefinitions.response(tf, N.booleanNode(true))).isEqualTo("true");

        Matching m = new Matching(
                QuestionInfo.of("", FormattedText.moodle("Match")).withId("x"),
                List.of(MatchPair.of("Gramsci", "hegemony"), MatchPair.of("Marx", "capital")));
        ObjectNode def = defs.definition(m);
        assertThat(def.get("correctResponsesPattern").get(0).asText()).isEqualTo("L1[.]R1[,]L2[.]R2");
        assertThat(InteractionDefinitions.response(
                        m, N.arrayNode().add("capital").add("capital")))
                .isEqualTo("L1[.]R2[,]L2[.]R2");
    }

    @Test
    void statementsAreDeterministicPseudonymousAndShareReflectionsOnlyWhenAsked() {
        XapiCourse course = new XapiCourse(new ActivityIds("Gramsci for Medical Leaders"), defs);
        Actor actor = Actor.pseudonymous("0f5e3c1a-1111-4222-8333-444455556666");
        QuizAttempt a = new QuizAttempt(
                7, "heg-1", "02-vocab", N.textNode("B"), 1.0, 12_400, Instant.parse("2025-03-04T10:15:58Z"));
        Statement s1 = new StatementBuilder(course, actor, false).attempt(a);
        Statement s2 = new StatementBuilder(course, actor, true).attempt(a);
        assertThat(s1.id()).isEqualTo(s2.id());
        assertThat(s1.id().version()).isEqualTo(5);
        assertThat(s1.json()).isEqualTo(s2.json());
        assertThat(s1.json().get("actor").toString()).doesNotContain("mbox").contains(actor.pseudonym());
        assertThat(s1.json().get("object").get("id").asText())
                .isEqualTo("https://gramsci-lens.org/xapi/gramsci-for-medical-leaders/question/heg-1");
        assertThat(s1.json().get("result").get("duration").asText()).isEqualTo("PT12.4S");
        assertThat(s1.json().get("result").get("success").asBoolean()).isTrue();
        assertThat(s1.json().get("timestamp").asText()).isEqualTo("2025-03-04T10:15:58Z");

        Reflection r = new Reflection(8, "essay-1", "My private thought", Instant.parse("2025-03-04T10:16:00Z"));
        assertThat(new StatementBuilder(course, actor, false)
                        .reflection(r)
                        .json()
                        .toString())
                .doesNotContain("My private thought");
        assertThat(new StatementBuilder(course, actor, true)
                        .reflection(r)
                        .json()
                        .get("result")
                        .get("response")
                        .asText())
                .isEqualTo("My private thought");
        assertThat(new StatementBuilder(course, Actor.pseudonymous("other"), false)
                        .attempt(a)
                        .id())
                .isNotEqualTo(s1.id());
    }
}
