package org.gramscilens.markdown;

import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gramscilens.course.GlossaryTerm;
import org.gramscilens.course.Reference;

/** A render context built from plain maps, with sample references and glossary terms. */
final class TestContext implements RenderContext {
    final RecordingLinkHandler links = new RecordingLinkHandler();
    final Map<String, Reference> references = new HashMap<>();
    final List<GlossaryTerm> glossary;
    final Map<String, Path> images = new HashMap<>();
    final Map<String, String> lessonFiles = new HashMap<>();
    boolean showSpeakerNotes;

    TestContext() {
        this(List.of(
                term(
                        "hegemony",
                        "Hegemony",
                        List.of("hegemonic"),
                        "Leadership that wins consent rather than rules by force."),
                term("common-sense", "common sense", List.of(), "The taken-for-granted ideas of an age."),
                term("intellectual", "intellectual", List.of("intellectuals"), "Someone whose work organises ideas."),
                term(
                        "organic-intellectual",
                        "organic intellectual",
                        List.of("organic intellectuals"),
                        "An intellectual who grows out of a social group and gives it coherence.")));
    }

    TestContext(List<GlossaryTerm> glossary) {
        this.glossary = glossary;
        add(reference(
                "oreilly2011",
                List.of("O'Reilly, Dermot", "Reed, Mike"),
                2011,
                "The grit in the oyster: professionalism, managerialism and leaderism as discourses of UK public services modernization",
                "Organization Studies"));
        add(reference(
                "therborn1980",
                List.of("Therborn, Göran"),
                1980,
                "What Does the Ruling Class Do When It Rules?",
                null));
        add(reference(
                "bohmer2012", List.of("Bohmer, Richard"), 2012, "The instrumental value of medical leadership", null));
        add(reference(
                "dickinson2008",
                List.of("Dickinson, Helen", "Ham, Chris"),
                2008,
                "Engaging doctors in leadership: review of the literature",
                null));
    }

    static GlossaryTerm term(String id, String term, List<String> aliases, String definition) {
        return new GlossaryTerm(id, term, aliases, definition, List.of(), List.of(), List.of(), 0);
    }

    static Reference reference(String key, List<String> authors, int year, String title, String journal) {
        return new Reference(
                key,
                journal == null ? "book" : "article",
                authors,
                List.of(),
                year,
                title,
                journal,
                null,
                journal == null ? null : "32",
                null,
                null,
                journal == null ? "Verso" : null,
                journal == null ? "London" : null,
                null,
                null,
                0);
    }

    void add(Reference reference) {
        references.put(reference.key(), reference);
    }

    @Override
    public Optional<Reference> reference(String key) {
        return Optional.ofNullable(references.get(key));
    }

    @Override
    public Collection<GlossaryTerm> glossary() {
        return glossary;
    }

    @Override
    public Optional<Path> resolveImage(String src) {
        return Optional.ofNullable(images.get(src));
    }

    @Override
    public LinkHandler links() {
        return links;
    }

    @Override
    public boolean showSpeakerNotes() {
        return showSpeakerNotes;
    }

    @Override
    public Optional<String> lessonIdForPath(String path) {
        return Optional.ofNullable(lessonFiles.get(path));
    }
}
