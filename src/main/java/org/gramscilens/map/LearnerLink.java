package org.gramscilens.map;

/** A proposition a learner drew: from one concept id, through a linking phrase, to another concept id. */
public record LearnerLink(String from, String phrase, String to) {

    public LearnerLink {
        from = from == null ? "" : from.strip();
        to = to == null ? "" : to.strip();
        phrase = phrase == null ? "" : phrase;
    }
}
