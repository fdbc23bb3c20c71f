package org.gramscilens.xapi;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;

/** Writes a {@link ClassReport} as CSV (RFC 4180, one row per question) or as a self-contained HTML page. */
public final class ClassReportWriter {

    private ClassReportWriter() {}

    public static void csv(ClassReport report, Writer out) throws IOException {
        out.write("module_id,question_id,title,answered,percent_correct,most_chosen_wrong,most_chosen_wrong_count,"
                + "wrong_feedback,median_time_ms\r\n");
        for (ClassReport.QuestionRow r : report.questions()) {
            out.write(String.join(
                            ",",
                            csvField(r.moduleId()),
                            csvField(r.questionId()),
                            csvField(r.title()),
                            String.valueOf(r.answered()),
                            String.format(Locale.ROOT, "%.1f", r.percentCorrect()),
                            csvField(r.commonWrong()),
                            String.valueOf(r.commonWrongCount()),
                            csvField(r.commonWrongFeedback()),
                            String.valueOf(r.medianMs()))
                    + "\r\n");
        }
    }

    public static void html(ClassReport report, Writer out) throws IOException {
        out.write("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Class results</title>\n"
                + "<style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse}"
                + "td,th{border:1px solid #999;padding:.3em .6em;text-align:left}"
                + ".bar{background:#4a7bb7;height:1em;display:inline-block}</style></head><body>\n");
        out.write("<h1>Class results</h1>\n<p>" + report.learnerCount() + " learners, " + report.statementCount()
                + " statements.</p>\n<h2>Questions</h2>\n<table><tr><th>module</th><th>question</th><th>answered</th>"
                + "<th>% correct</th><th>most chosen wrong</th><th>its feedback</th><th>median time (s)</th></tr>\n");
        for (ClassReport.QuestionRow r : report.questions()) {
            out.write("<tr><td>" + esc(r.moduleId()) + "</td><td>" + esc(r.title()) + "</td><td>" + r.answered()
                    + "</td><td><span class=\"bar\" style=\"width:" + Math.round(r.percentCorrect()) + "px\"></span> "
                    + String.format(Locale.ROOT, "%.1f", r.percentCorrect()) + "</td><td>" + esc(r.commonWrong())
                    + (r.commonWrongCount() > 0 ? " (" + r.commonWrongCount() + ")" : "") + "</td><td>"
                    + esc(r.commonWrongFeedback()) + "</td><td>"
                    + String.format(Locale.ROOT, "%.1f", r.medianMs() / 1000.0) + "</td></tr>\n");
        }
        out.write("</table>\n<h2>Mastery</h2>\n<table><tr><th>mean score</th><th>learners</th></tr>\n");
        int[] bands = report.masteryDistribution();
        for (int i = 0; i < bands.length; i++) {
            out.write("<tr><td>" + (i * 20) + "–" + (i * 20 + 20) + " %</td><td><span class=\"bar\" style=\"width:"
                    + (bands[i] * 4) + "px\"></span> " + bands[i] + "</td></tr>\n");
        }
        out.write("</table>\n<h2>Shared reflections</h2>\n");
        for (ClassReport.SharedReflection r : report.reflections()) {
            out.write("<blockquote><p>" + esc(r.text()) + "</p><footer>" + esc(r.questionId())
                    + "</footer></blockquote>\n");
        }
        out.write("</body></html>\n");
    }

    static String csvField(String s) {
        if (s == null) {
            return "";
        }
        return s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")
                ? "\"" + s.replace("\"", "\"\"") + "\""
                : s;
    }

    private static String esc(String s) {
        return s == null
                ? ""
                : s.replace("&", "&amp;")
                        .replace("<", "&lt;")
                        .replace(">", "&gt;")
                        .replace("\"", "&quot;");
    }
}
