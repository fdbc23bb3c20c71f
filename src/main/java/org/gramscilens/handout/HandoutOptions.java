package org.gramscilens.handout;

/** How a handout is made. @param speakerNotes include speaker notes, boxed and labelled (default: left out) */
public record HandoutOptions(boolean speakerNotes) {
    public static final HandoutOptions DEFAULT = new HandoutOptions(false);
}
