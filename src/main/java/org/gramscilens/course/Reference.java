package org.gramscilens.course;

import java.util.List;
import java.util.stream.Collectors;

/**
 * One entry of {@code references.yaml}. Authors are written "Family, Given".
 *
 * @param line the line of the entry in references.yaml (for messages), 0 if unknown
 */
public record Reference(
        String key,
        String type,
        List<String> authors,
        List<String> editors,
        Integer year,
        String title,
        String journal,
        String container,
        String volume,
        String issue,
        String pages,
        String publisher,
        String place,
        String url,
        String note,
        int line) {

    public Reference {
        authors = authors == null ? List.of() : List.copyOf(authors);
        editors = editors == null ? List.of() : List.copyOf(editors);
    }

    /** Family name of an author written "Family, Given" (or the whole string if there is no comma). */
    static String family(String author) {
        int comma = author.indexOf(',');
        return (comma < 0 ? author : author.substring(0, comma)).trim();
    }

    /** The author part of an author-date citation: "Therborn", "O'Reilly & Reed", "Kirkpatrick et al.". */
    public String authorLabel() {
        if (authors.isEmpty()) {
            return title == null ? key : title;
        }
        if (authors.size() == 1) {
            return family(authors.get(0));
        }
        if (authors.size() == 2) {
            return family(authors.get(0)) + " & " + family(authors.get(1));
        }
        return family(authors.get(0)) + " et al.";
    }

    /** "Therborn 1980": the text of an in-line citation without brackets. */
    public String shortLabel() {
        return authorLabel() + (year == null ? "" : " " + year);
    }

    /** The full entry in a plain author-date style, e.g. for the reference list and for copying. */
    public String formatted() {
        StringBuilder b = new StringBuilder();
        String date = "(" + (year == null ? "n.d." : year) + ")";
        String name = title == null ? key : title;
        if (authors.isEmpty()) {
            // A work without authors (the course's own slide deck) is listed by its title, then its date.
            b.append(name).append(' ').append(date).append('.');
        } else {
            b.append(String.join("; ", authors))
                    .append(' ')
                    .append(date)
                    .append(' ')
                    .append(name);
            if (!name.endsWith("?") && !name.endsWith("!") && !name.endsWith(".")) {
                b.append('.');
            }
        }
        if (journal != null) {
            b.append(' ').append(journal);
            if (volume != null) {
                b.append(' ').append(volume);
            }
            if (issue != null) {
                b.append('(').append(issue).append(')');
            }
            if (pages != null) {
                b.append(": ").append(pages);
            }
            b.append('.');
        } else {
            if (container != null) {
                b.append(" In: ");
                if (!editors.isEmpty()) {
                    b.append(editors.stream().collect(Collectors.joining("; ")))
                            .append(" (ed")
                            .append(editors.size() > 1 ? "s" : "")
                            .append(".) ");
                }
                b.append(container).append('.');
            }
            String where = place == null ? publisher : publisher == null ? place : place + ": " + publisher;
            if (where != null) {
                b.append(' ').append(where);
                if (pages != null) {
                    b.append(", pp. ").append(pages);
                }
                b.append('.');
            }
        }
        if (url != null) {
            b.append(' ').append(url);
        }
        return b.toString();
    }
}
