package org.gramscilens.xapi;

/** The ADL verbs the app uses (https://adlnet.gov/expapi/verbs/), with their English display names. */
public enum Verbs {
    ANSWERED("answered"),
    COMPLETED("completed"),
    EXPERIENCED("experienced"),
    COMMENTED("commented");

    private final String name;

    Verbs(String name) {
        this.name = name;
    }

    public String id() {
        return "http://adlnet.gov/expapi/verbs/" + name;
    }

    public String display() {
        return name;
    }

    /** The verb for an IRI, if it is one of ours. */
    public static java.util.Optional<Verbs> fromId(String id) {
        for (Verbs v : values()) {
            if (v.id().equals(id)) {
                return java.util.Optional.of(v);
            }
        }
        return java.util.Optional.empty();
    }
}
