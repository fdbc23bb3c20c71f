package org.gramscilens.quiz;

import java.util.List;
import java.util.Objects;

/**
 * What a question carries besides what this app uses to show and mark it, kept so that nothing is
 * dropped on the way through: Moodle's id number and tags (GIFT {@code // [id:...]} and
 * {@code // [tag:...]} comments, Moodle XML {@code <idnumber>} and {@code <tags>}), the Moodle XML
 * settings this app does not model, kept verbatim (hints, combined feedback, default grade, penalty,
 * shuffling, numbering, essay options, units ...), and the files embedded in the question.
 *
 * @param idNumber       Moodle's id number; when present it is also the question's progress id
 * @param tags           Moodle tags, in file order
 * @param moodleElements child elements of Moodle's {@code <question>} kept as they were, in file order
 * @param files          embedded files ({@code <file>} elements), referenced from the texts as
 *                       {@code @@PLUGINFILE@@/name}
 */
public record QuestionExtras(
        String idNumber, List<String> tags, List<MoodleElement> moodleElements, List<MediaFile> files) {

    public static final QuestionExtras NONE = new QuestionExtras("", List.of(), List.of(), List.of());

    public QuestionExtras {
        idNumber = Objects.requireNonNullElse(idNumber, "").strip();
        tags = List.copyOf(Objects.requireNonNullElse(tags, List.of()));
        moodleElements = List.copyOf(Objects.requireNonNullElse(moodleElements, List.of()));
        files = List.copyOf(Objects.requireNonNullElse(files, List.of()));
    }

    public QuestionExtras withIdAndTags(String newIdNumber, List<String> newTags) {
        return new QuestionExtras(newIdNumber, newTags, moodleElements, files);
    }

    public QuestionExtras withFiles(List<MediaFile> newFiles) {
        return new QuestionExtras(idNumber, tags, moodleElements, newFiles);
    }

    /** The kept element with this name, if any. */
    public java.util.Optional<MoodleElement> element(String name) {
        return moodleElements.stream().filter(e -> e.name().equals(name)).findFirst();
    }

    /**
     * One child element of a Moodle {@code <question>}, as XML.
     *
     * @param name its element name ({@code hint}, {@code correctfeedback}, {@code penalty} ...)
     * @param xml  the whole element, written back as it is
     */
    public record MoodleElement(String name, String xml) {
        public MoodleElement {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(xml, "xml");
        }
    }

    /**
     * A file embedded in a question.
     *
     * @param field  the text it belongs to in Moodle ({@code questiontext}, {@code generalfeedback} ...)
     * @param path   Moodle's file path, usually {@code /}
     * @param name   the file name the texts link to
     * @param base64 the content, base64-encoded as in Moodle XML
     */
    public record MediaFile(String field, String path, String name, String base64) {
        public MediaFile {
            field = Objects.requireNonNullElse(field, "questiontext");
            path = Objects.requireNonNullElse(path, "/");
            Objects.requireNonNull(name, "name");
            base64 = Objects.requireNonNull(base64, "base64").replaceAll("\\s+", "");
        }

        public byte[] bytes() {
            return java.util.Base64.getMimeDecoder().decode(base64);
        }
    }
}
