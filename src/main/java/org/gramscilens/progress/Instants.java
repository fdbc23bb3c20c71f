package org.gramscilens.progress;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Parses the UTC timestamps the store writes ({@link Instant#toString()}: {@code 2025-03-01T10:15:30.123Z}).
 * The common shape is read by hand, since {@link Instant#parse} dominates opening a large profile;
 * anything else goes to {@link Instant#parse}, so every valid ISO-8601 instant is still accepted.
 */
final class Instants {

    private Instants() {}

    static Instant parse(String s) throws FormatException {
        try {
            Instant fast = fast(s);
            return fast != null ? fast : Instant.parse(s);
        } catch (DateTimeException e) {
            throw new FormatException("'at' is not a UTC timestamp such as 2025-03-01T10:15:30Z: " + s);
        }
    }

    /** yyyy-MM-ddTHH:mm:ss[.f{1,9}]Z, or null when the text has another shape. */
    private static Instant fast(String s) {
        int n = s.length();
        if (n < 20
                || s.charAt(4) != '-'
                || s.charAt(7) != '-'
                || s.charAt(10) != 'T'
                || s.charAt(13) != ':'
                || s.charAt(16) != ':'
                || s.charAt(n - 1) != 'Z') {
            return null;
        }
        int year = digits(s, 0, 4);
        int month = digits(s, 5, 7);
        int day = digits(s, 8, 10);
        int hour = digits(s, 11, 13);
        int minute = digits(s, 14, 16);
        int second = digits(s, 17, 19);
        int nanos = 0;
        if (n > 20) {
            if (s.charAt(19) != '.' || n - 21 > 9 || n - 21 < 1) {
                return null;
            }
            nanos = digits(s, 20, n - 1);
            for (int i = n - 21; i < 9; i++) {
                nanos *= 10;
            }
        } else if (s.charAt(19) != 'Z') {
            return null;
        }
        if (year < 0
                || month < 0
                || day < 0
                || hour < 0
                || hour > 23
                || minute < 0
                || minute > 59
                || second < 0
                || second > 59
                || nanos < 0) {
            return null;
        }
        long days = LocalDate.of(year, month, day).toEpochDay(); // checks month and day; throws if invalid
        return Instant.ofEpochSecond(days * 86_400 + hour * 3_600L + minute * 60L + second, nanos);
    }

    /** The decimal number in s[from, to), or -1 if any character is not a digit. */
    private static int digits(String s, int from, int to) {
        int v = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }
}
