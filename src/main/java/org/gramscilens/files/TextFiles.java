package org.gramscilens.files;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads the text files a course is made of, saying where a file stops being UTF-8. */
public final class TextFiles {
    private TextFiles() {}

    /**
     * The file's text. A file that is not UTF-8 throws {@link NotUtf8Exception}, naming the line and column of
     * the first byte that is not (where {@link Files#readString} would say only "Input length = 1").
     */
    public static String readUtf8(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        var result = decoder.decode(in, out, true);
        if (result.isError()) {
            throw NotUtf8Exception.at(bytes, in.position(), result.length());
        }
        decoder.flush(out);
        return out.flip().toString();
    }

    /** A file that is not UTF-8 text, with the 1-based line and column where the first bad byte sits. */
    public static final class NotUtf8Exception extends MalformedInputException {
        private static final long serialVersionUID = 1L;
        private final int line;
        private final int column;
        private final int badByte;

        private NotUtf8Exception(int length, int line, int column, int badByte) {
            super(length);
            this.line = line;
            this.column = column;
            this.badByte = badByte;
        }

        static NotUtf8Exception at(byte[] bytes, int offset, int length) {
            int line = 1;
            int lineStart = 0;
            for (int i = 0; i < offset; i++) {
                if (bytes[i] == '\n') {
                    line++;
                    lineStart = i + 1;
                }
            }
            // Columns count characters, so count only the bytes that start one (not UTF-8 continuation bytes).
            int column = 1;
            for (int i = lineStart; i < offset; i++) {
                if ((bytes[i] & 0xC0) != 0x80) {
                    column++;
                }
            }
            return new NotUtf8Exception(length, line, column, bytes[offset] & 0xFF);
        }

        public int line() {
            return line;
        }

        public int column() {
            return column;
        }

        @Override
        public String getMessage() {
            return String.format(
                    "not UTF-8 text at line %d, column %d (byte 0x%02X): save the file as UTF-8"
                            + " (most editors offer it under Save As or Encoding)",
                    line, column, badByte);
        }
    }
}
