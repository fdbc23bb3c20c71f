package org.gramscilens.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** forLesson, forModule, forGroup and forConcepts pick drawable parts of the map. */
class ConceptMapFilterTest {

    private final ConceptMap map = ConceptMapLoader.parse("""
            groups:
              - {id: gramsci, label: "Gramsci", colour: "#b03a2e"}
              - {id: nhs, label: "NHS", colour: "#005eb8"}
            concepts:
              - {id: hegemony, label: H, definition: d, group: gramsci, lesson: vocab#hegemony}
              - {id: cadres, label: C, definition: d, group: gramsci, lesson: cadres}
              - {id: leaders, label: L, definition: d, group: nhs, lesson: who}
              - {id: npm, label: N, definition: d, group: nhs, lesson: npm}
            propositions:
              - {id: act-as, from: leaders, phrase: act as, to: cadres, lesson: who#cadre-work, source: k}
              - {id: rests, from: cadres, phrase: win, to: hegemony, lesson: cadres, source: k}
              - {id: npm-leaders, from: npm, phrase: sidelined, to: leaders, lesson: npm, source: k}
            exercises:
              - {id: small, title: S, concepts: [leaders, cadres]}
              - {id: all, title: A, concepts: all}
            """)
            .map()
            .withLessonModules(Map.of("vocab", "02-vocab", "who", "03-who", "cadres", "04-cadres", "npm", "07-npm"));

    @Test
    void aLessonGivesItsConceptsItsPropositionsAndTheConceptsTheyLink() {
        ConceptMap who = map.forLesson("who");
        assertThat(who.concepts()).extracting(Concept::id).containsExactly("cadres", "leaders");
        assertThat(who.propositions()).extracting(Proposition::id).containsExactly("act-as");
        assertThat(who.exercises()).extracting(Exercise::id).containsExactly("small");
        assertThat(who.groups()).hasSize(2);
    }

    @Test
    void aLessonWithOnlyConceptsGivesNoPropositions() {
        ConceptMap vocab = map.forLesson("vocab");
        assertThat(vocab.concepts()).extracting(Concept::id).containsExactly("hegemony");
        assertThat(vocab.propositions()).isEmpty();
        assertThat(map.forLesson("nope").isEmpty()).isTrue();
    }

    @Test
    void aModuleIsItsLessons() {
        assertThat(map.forModule("04-cadres").concepts())
                .extracting(Concept::id)
                .containsExactly("hegemony", "cadres");
        assertThat(map.forModule("04-cadres").propositions())
                .extracting(Proposition::id)
                .containsExactly("rests");
        assertThat(map.forModule("99-none").isEmpty()).isTrue();
    }

    @Test
    void aGroupKeepsOnlyLinksInsideIt() {
        ConceptMap nhs = map.forGroup("nhs");
        assertThat(nhs.concepts()).extracting(Concept::id).containsExactly("leaders", "npm");
        assertThat(nhs.propositions()).extracting(Proposition::id).containsExactly("npm-leaders");
        assertThat(map.forGroup("gramsci").propositions())
                .extracting(Proposition::id)
                .containsExactly("rests");
    }

    @Test
    void chosenConceptsAndTheLinksAmongThem() {
        ConceptMap part = map.forConcepts(java.util.List.of("npm", "leaders", "cadres"));
        assertThat(part.propositions()).extracting(Proposition::id).containsExactly("act-as", "npm-leaders");
        assertThat(map.propositionsAmong(java.util.List.of("cadres", "hegemony")))
                .extracting(Proposition::id)
                .containsExactly("rests");
    }
}
