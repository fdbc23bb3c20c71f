package org.gramscilens.handout;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gramscilens.TestCourses;
import org.gramscilens.course.Course;
import org.gramscilens.course.CourseLoader;

/** A small course that uses everything a handout must handle, written to a folder. */
final class HandoutFixtures {
    /** A 2x2 red PNG. */
    static final byte[] PNG = Base64.getDecoder()
            .decode(
                    "iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAEElEQVR4nGP4z8AARAwQCgAf7gP9i18U1AAAAABJRU5ErkJggg==");

    static final String COURSE = """
            title: "Handout course"
            subtitle: "For tests"
            authors: ["Test Author"]
            licence: "CC BY-SA 4.0"
            language: en-GB
            modules:
              - id: 01-first
                title: "First module"
              - id: 02-second
                title: "Second module"
            """;

    static final String REFERENCES = """
            references:
              - key: oreilly2011
                type: article
                authors: ["O'Reilly, Dermot", "Reed, Mike"]
                year: 2011
                title: "The grit in the oyster"
                journal: "Organization Studies"
                volume: "32"
                issue: "8"
                pages: "1079-1101"
              - key: therborn1980
                type: book
                authors: ["Therborn, Göran"]
                year: 1980
                title: "What Does the Ruling Class Do When It Rules?"
                publisher: "Verso"
                place: "London"
                url: "https://example.org/therborn"
              - key: uncited2000
                type: book
                authors: ["Nobody, Anne"]
                year: 2000
                title: "Never cited"
            """;

    static final String GLOSSARY = """
            terms:
              - id: hegemony
                term: "Hegemony"
                aliases: ["hegemonic"]
                definition: "Leadership by \\"consent\\" <not force>."
                see-also: [cadre]
              - id: cadre
                term: "Cadre"
                aliases: ["cadres"]
                definition: "A trusted organiser."
              - id: unused
                term: "Unused term"
                definition: "Never appears."
            """;

    static final String FIRST = """
            ---
            id: first
            title: "First lesson"
            summary: "What the first lesson is about."
            objectives:
              - "Explain hegemony"
            key-terms: [cadre]
            discussion:
              - "Who decides what counts as common sense?"
            minutes: 10
            ---

            Opening: hegemony works by consent [@oreilly2011]. Hegemony again, not marked twice.

            [time: 3]
            [quiz: first-q1]

            ## Tables and images

            | Concept | Where |
            |:--|--:|
            | hegemony | [@therborn1980, pp. 58-59] |

            ![A red square](images/red.png "Red")

            ![Missing](images/none.png) and ![Remote](https://example.org/x.png)

            Raw <script>alert(1)</script> and <b>bold</b> stay text[^1].

            [^1]: A footnote with a citation [@therborn1980].

            - [x] done task
            - [ ] open task

            Links: [second lesson](lesson:second#more), [web](https://example.org/page),
            [bad](javascript:alert(1)), [glossary](glossary:cadre), [heading](#tables-and-images),
            unknown [@nokey].

            Autolinks: <irc://foo.bar:2233/baz> <ftp://x.org/f> <file:///etc/passwd> <vbscript:alert(1)>
            <https://ok.example/a> <me@example.org> www.example.com/w
            Note: say this only to the room.

            ---

            After the break.
            """;

    static final String SECOND = """
            ---
            id: second
            title: "Second lesson"
            ---

            ## More

            ![A diagram](diagram.svg)

            The end.
            """;

    static final String SVG = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"20\" height=\"10\">"
            + "<rect width=\"20\" height=\"10\"/></svg>";

    private HandoutFixtures() {}

    static Course course(Path dir) throws Exception {
        TestCourses.write(
                dir,
                Map.of(
                        "course.yaml", COURSE,
                        "references.yaml", REFERENCES,
                        "glossary.yaml", GLOSSARY,
                        "modules/01-first/lesson.md", FIRST,
                        "modules/02-second/lesson.md", SECOND));
        Files.createDirectories(dir.resolve("modules/01-first/images"));
        Files.write(dir.resolve("modules/01-first/images/red.png"), PNG);
        Files.writeString(dir.resolve("modules/02-second/diagram.svg"), SVG);
        return new CourseLoader().load(dir);
    }

    /** The text a reader sees: tags dropped, entities our HTML uses turned back, blank lines and indents gone. */
    static String visibleText(String html) {
        String noHead = html.replaceAll("(?s)<head>.*</head>", "");
        return noHead.replaceAll("<[^>]+>", "")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&#39;", "'")
                .replace("&amp;", "&")
                .replaceAll("[ \t]*\n\\s*", "\n");
    }

    static int count(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
