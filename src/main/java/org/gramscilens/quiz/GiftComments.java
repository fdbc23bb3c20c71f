package org.gramscilens.quiz;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Moodle's id number and tags in GIFT comments, read and written as Moodle's GIFT format does:
 * {@code // [id:ABC-1]} and {@code // [tag:hegemony]} on comment lines in the question's chunk (no blank
 * line between them and the question). A {@code ]} inside is written {@code \]}. The first {@code [id:]}
 * counts; every {@code [tag:]} is a tag.
 */
final class GiftComments {

    private static final Pattern ID = Pattern.compile("\\[id:((?:\\\\]|[^\\]\\[\\p{Cntrl}])+)]");
    private static final Pattern TAG = Pattern.compile("\\[tag:((?:\\\\]|[^\\]<>\\p{Cntrl}])+)]");

    private GiftComments() {}

    static String idNumber(String comments) {
        Matcher m = ID.matcher(comments);
        return m.find() ? m.group(1).strip().replace("\\]", "]") : "";
    }

    static List<String> tags(String comments) {
        List<String> tags = new ArrayList<>();
        Matcher m = TAG.matcher(comments);
        while (m.find()) {
            String tag = m.group(1).strip().replace("\\]", "]");
            if (!tag.isEmpty()) {
                tags.add(tag);
            }
        }
        return tags;
    }

    /** The comment lines for a question's id number and tags; empty when it has neither. */
    static String write(QuestionExtras extras) {
        StringBuilder b = new StringBuilder();
        if (!extras.idNumber().isEmpty()) {
            b.append("// [id:").append(extras.idNumber().replace("]", "\\]")).append("]\n");
        }
        for (String tag : extras.tags()) {
            b.append("// [tag:").append(tag.replace("]", "\\]")).append("]\n");
        }
        return b.toString();
    }
}
