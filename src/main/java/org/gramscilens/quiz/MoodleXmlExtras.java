package org.gramscilens.quiz;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The part of a Moodle XML {@code <question>} this app does not use to show or mark it, read into
 * {@link QuestionExtras} and written back, so that Moodle XML to Moodle XML keeps everything: id number,
 * tags, embedded files of the texts the model holds, and every other child element verbatim (hints,
 * combined feedback, default grade, penalty, shuffling, numbering, essay options, units ...).
 */
final class MoodleXmlExtras {

    /** Elements every question type's reader uses. */
    private static final Set<String> COMMON = Set.of("name", "questiontext", "generalfeedback", "idnumber", "tags");

    /** Elements each type's reader uses, besides {@link #COMMON}. */
    private static final Map<String, Set<String>> BY_TYPE = Map.of(
            "multichoice", Set.of("answer", "single"),
            "truefalse", Set.of("answer"),
            "shortanswer", Set.of("answer", "usecase"),
            "numerical", Set.of("answer"),
            "matching", Set.of("subquestion"),
            "match", Set.of("subquestion"));

    /** Text fields whose files are kept as {@link QuestionExtras.MediaFile}s. */
    private static final Set<String> FILE_FIELDS = Set.of("questiontext", "generalfeedback", "answer", "subquestion");

    private MoodleXmlExtras() {}

    static QuestionExtras read(XmlNode q, String type) {
        List<String> tags = new ArrayList<>();
        XmlNode tagList = q.child("tags");
        if (tagList != null) {
            for (XmlNode t : tagList.children("tag")) {
                String tag = t.textAt("", "text");
                if (!tag.isEmpty()) {
                    tags.add(tag);
                }
            }
        }
        Set<String> used = BY_TYPE.getOrDefault(type, Set.of());
        List<QuestionExtras.MoodleElement> kept = new ArrayList<>();
        List<QuestionExtras.MediaFile> files = new ArrayList<>();
        for (XmlNode c : q.children) {
            if (!COMMON.contains(c.name) && !used.contains(c.name) && !isDefault(c, type)) {
                kept.add(new QuestionExtras.MoodleElement(c.name, c.toXml("")));
            } else if (FILE_FIELDS.contains(c.name)) {
                for (XmlNode f : c.descendants("file")) {
                    files.add(new QuestionExtras.MediaFile(
                            c.name, f.attribute("path", "/"), f.attribute("name", ""), f.text()));
                }
            }
        }
        files.removeIf(f -> f.name().isEmpty());
        return new QuestionExtras(q.textAt("", "idnumber"), tags, kept, files);
    }

    /**
     * Whether {@code e} says what {@link MoodleXmlWriter} writes anyway for this type (Moodle's defaults
     * for an imported question), so keeping it would add nothing.
     */
    private static boolean isDefault(XmlNode e, String type) {
        String v = GiftText.phpTrim(e.text());
        boolean leaf = e.children.isEmpty();
        return switch (e.name) {
            case "defaultgrade" -> !type.equals("cloze") && leaf && number(v, type.equals("description") ? 0 : 1);
            case "penalty" ->
                leaf
                        && number(
                                v,
                                switch (type) {
                                    case "truefalse" -> 1;
                                    case "essay", "description" -> 0;
                                    default -> 0.3333333;
                                });
            case "hidden", "attachments", "attachmentsrequired" -> leaf && number(v, 0);
            case "shuffleanswers" -> leaf && (v.equals("true") || v.equals("1"));
            case "answernumbering" -> leaf && v.equals("abc");
            case "responseformat" -> leaf && v.equals("editor");
            case "responserequired" -> leaf && number(v, 1);
            case "responsefieldlines" -> leaf && number(v, 15);
            case "graderinfo", "responsetemplate" ->
                e.textAt("", "text").isEmpty() && e.children("file").isEmpty();
            default -> false;
        };
    }

    private static boolean number(String v, double expected) {
        try {
            return Math.abs(Double.parseDouble(v) - expected) < 1e-7;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** The {@code <file>} elements of {@code field}, to write inside that element. */
    static String files(QuestionExtras extras, String field, String indent) {
        StringBuilder b = new StringBuilder();
        for (QuestionExtras.MediaFile f : extras.files()) {
            boolean here = f.field().equals(field)
                    || (field.equals("questiontext") && !f.field().equals("generalfeedback"));
            if (here) {
                b.append(indent)
                        .append("<file name=\"")
                        .append(MoodleXmlWriter.escape(f.name()).replace("\"", "&quot;"))
                        .append("\" path=\"")
                        .append(MoodleXmlWriter.escape(f.path()).replace("\"", "&quot;"))
                        .append("\" encoding=\"base64\">")
                        .append(f.base64())
                        .append("</file>\n");
            }
        }
        return b.toString();
    }

    /** The kept elements, indented for a {@code <question>}'s children. */
    static String elements(QuestionExtras extras) {
        StringBuilder b = new StringBuilder();
        for (QuestionExtras.MoodleElement e : extras.moodleElements()) {
            for (String line : e.xml().split("\n")) {
                b.append("    ").append(line).append('\n');
            }
        }
        return b.toString();
    }

    /** The {@code <idnumber>} and {@code <tags>} elements, if any. */
    static String idAndTags(QuestionExtras extras) {
        StringBuilder b = new StringBuilder();
        if (!extras.idNumber().isEmpty()) {
            b.append("    <idnumber>")
                    .append(MoodleXmlWriter.escape(extras.idNumber()))
                    .append("</idnumber>\n");
        }
        if (!extras.tags().isEmpty()) {
            b.append("    <tags>\n");
            for (String t : extras.tags()) {
                b.append("      <tag><text>").append(MoodleXmlWriter.escape(t)).append("</text></tag>\n");
            }
            b.append("    </tags>\n");
        }
        return b.toString();
    }
}
