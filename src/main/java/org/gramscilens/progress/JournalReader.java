package org.gramscilens.progress;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads a journal file: a header line {@code {"schemaVersion":2}}, then one entry per line. Every complete line (ending in a newline) was confirmed to a caller; the
 * bytes after the last newline were being written when the program stopped and were never confirmed.
 */
final class JournalReader {

    /**
     * @param entries the good entries, in file order
     * @param goodLength where the file should end: after the last complete line
     * @param tornTail bytes after the last newline that are not a whole entry (kept aside, never applied),
     *                 or null; bytes that are only zeros or blanks are not reported
     * @param needsNewline the last line is a whole entry but its newline is missing
     * @param badLines 1-based numbers of complete lines that could not be read, or that held zeros
     *                 (a confirmed line overwritten on disk); zeros after the last newline are a torn tail
     * @param newer set if a line was written by a newer program
     */
    record Result(
            List<Entry> entries,
            long goodLength,
            byte[] tornTail,
            boolean needsNewline,
            List<Integer> badLines,
            NewerFormatException newer) {}

    private JournalReader() {}

    static Result read(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        List<Entry> entries = new ArrayList<>();
        List<Integer> bad = new ArrayList<>();
        NewerFormatException newer = null;
        int start = 0;
        int lineNo = 0;
        while (start < bytes.length) {
            int end = indexOf(bytes, (byte) '\n', start);
            lineNo++;
            if (end < 0) {
                break;
            }
            int from = skipZeros(bytes, start, end);
            if (from > start) {
                // A confirmed line (it has its newline) does not hold zeros: the disk lost what was there.
                bad.add(lineNo);
            }
            if (!blank(bytes, from, end)) {
                try {
                    Entry entry = parse(bytes, from, end);
                    if (entry != null) {
                        entries.add(entry);
                    }
                } catch (NewerFormatException e) {
                    newer = newer == null ? e : newer;
                } catch (FormatException | JsonProcessingException e) {
                    if (from == start) {
                        bad.add(lineNo);
                    }
                }
            }
            start = end + 1;
        }
        if (start >= bytes.length || blank(bytes, start, bytes.length)) {
            return new Result(entries, start, null, false, bad, newer);
        }
        try {
            Entry entry = parse(bytes, start, bytes.length);
            if (entry != null) {
                entries.add(entry);
            }
            return new Result(entries, bytes.length, null, true, bad, newer);
        } catch (NewerFormatException e) {
            return new Result(entries, start, null, false, bad, e);
        } catch (FormatException | JsonProcessingException e) {
            return new Result(entries, start, Arrays.copyOfRange(bytes, start, bytes.length), false, bad, newer);
        }
    }

    private static Entry parse(byte[] bytes, int from, int to) throws FormatException, IOException {
        try {
            return parseLine(bytes, from, to);
        } catch (java.io.CharConversionException e) {
            // Found by ProgressFuzzTest#journal: bytes that look like UTF-32 to Jackson's encoding detection.
            throw new FormatException("not UTF-8 text: " + e.getMessage(), e);
        }
    }

    private static Entry parseLine(byte[] bytes, int from, int to) throws FormatException, IOException {
        try (JsonParser p = Json.MAPPER.createParser(bytes, from, to - from)) {
            p.nextToken();
            EntryCodec.Fields fields = EntryCodec.readFields(p);
            if (p.nextToken() != null) {
                throw new FormatException("more text after the entry");
            }
            if (!fields.isHeader()) {
                return fields.toEntry(null);
            }
            if (from != 0) {
                throw new FormatException("a header line after the first line");
            }
            if (fields.schemaVersion > SnapshotCodec.CURRENT_VERSION) {
                throw new NewerFormatException("it has format version " + fields.schemaVersion
                        + ", and this version of Gramsci Lens reads up to " + SnapshotCodec.CURRENT_VERSION);
            }
            return null;
        }
    }

    private static int indexOf(byte[] bytes, byte b, int from) {
        for (int i = from; i < bytes.length; i++) {
            if (bytes[i] == b) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Where a line's leading zeros end. A line overwritten by zeros up to and including its newline
     * runs into the next line, which is still read.
     */
    private static int skipZeros(byte[] bytes, int from, int to) {
        int i = from;
        while (i < to && bytes[i] == 0) {
            i++;
        }
        return i;
    }

    /** Zeros appear where a file system extended the file but never wrote the data (power loss). */
    private static boolean blank(byte[] bytes, int from, int to) {
        for (int i = from; i < to; i++) {
            byte b = bytes[i];
            if (b != 0 && b != ' ' && b != '\r' && b != '\t') {
                return false;
            }
        }
        return true;
    }
}
