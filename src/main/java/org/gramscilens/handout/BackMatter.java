package org.gramscilens.handout;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.gramscilens.course.Course;
import org.gramscilens.course.GlossaryTerm;
import org.gramscilens.course.Reference;
import org.gramscilens.markdown.syntax.LinkTarget;

/** The lists at the end of a handout: the works cited and the glossary terms used. */
final class BackMatter {
    private BackMatter() {}

    private static Collator collator(Course course) {
        String lang = course.info().language();
        Collator c = Collator.getInstance(lang == null ? Locale.ENGLISH : Locale.forLanguageTag(lang));
        c.setStrength(Collator.SECONDARY);
        return c;
    }

    /** Every cited reference, full entry ({@link Reference#formatted()}), in alphabetical order. */
    static void references(StringBuilder b, Course course, Set<String> citedKeys) {
        List<Reference> refs = new ArrayList<>();
        for (String key : citedKeys) {
            course.reference(key).ifPresent(refs::add);
        }
        if (refs.isEmpty()) {
            return;
        }
        Collator collator = collator(course);
        refs.sort(Comparator.comparing(Reference::formatted, collator));
        b.append("<section class=\"references\" id=\"references\">\n<h1>")
                .append(Html.escape(HandoutText.get("handout.references")))
                .append("</h1>\n<ul class=\"reference-list\">\n");
        for (Reference r : refs) {
            b.append("<li id=\"").append(HandoutScope.referenceAnchor(r.key())).append("\">");
            String text = r.formatted();
            if (r.url() != null && text.endsWith(r.url()) && LinkTarget.parse(r.url()) instanceof LinkTarget.External) {
                String before = text.substring(0, text.length() - r.url().length());
                b.append(Html.escape(before))
                        .append("<a class=\"link-external\" href=\"")
                        .append(Html.escape(r.url()))
                        .append("\">")
                        .append(Html.escape(r.url()))
                        .append("</a>");
            } else {
                b.append(Html.escape(text));
            }
            b.append("</li>\n");
        }
        b.append("</ul>\n</section>\n");
    }

    /** The terms the handout uses (marked, linked or listed as key terms), alphabetically, with definitions. */
    static void glossary(StringBuilder b, Course course, Set<String> usedIds) {
        List<GlossaryTerm> terms = new ArrayList<>();
        for (String id : usedIds) {
            course.term(id).ifPresent(terms::add);
        }
        if (terms.isEmpty()) {
            return;
        }
        Collator collator = collator(course);
        terms.sort(Comparator.comparing(GlossaryTerm::term, collator));
        Set<String> listed = new LinkedHashSet<>(usedIds);
        b.append("<section class=\"glossary\" id=\"glossary\">\n<h1>")
                .append(Html.escape(HandoutText.get("handout.glossary")))
                .append("</h1>\n<dl class=\"glossary-list\">\n");
        for (GlossaryTerm t : terms) {
            b.append("<dt id=\"")
                    .append(HandoutScope.termAnchor(t.id()))
                    .append("\">")
                    .append(Html.escape(t.term()));
            if (!t.aliases().isEmpty()) {
                b.append(" <span class=\"aliases\">(")
                        .append(Html.escape(
                                HandoutText.get("handout.glossary.aliases", String.join(", ", t.aliases()))))
                        .append(")</span>");
            }
            b.append("</dt>\n<dd>")
                    .append(Html.escape(
                            t.definition() == null ? "" : t.definition().strip()));
            List<String> seeAlso = new ArrayList<>();
            for (String other : t.seeAlso()) {
                course.term(other)
                        .ifPresent(o -> seeAlso.add(
                                listed.contains(o.id())
                                        ? "<a class=\"link-internal\" href=\"#" + HandoutScope.termAnchor(o.id())
                                                + "\">" + Html.escape(o.term()) + "</a>"
                                        : Html.escape(o.term())));
            }
            if (!seeAlso.isEmpty()) {
                // The message is escaped before the (already escaped) names go in.
                String pattern = Html.escape(HandoutText.get("handout.glossary.seeAlso", "\uE000"));
                b.append(" <span class=\"see-also\">")
                        .append(pattern.replace("\uE000", String.join(", ", seeAlso)))
                        .append("</span>");
            }
            b.append("</dd>\n");
        }
        b.append("</dl>\n</section>\n");
    }
}
