package org.gramscilens.xapi;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Statement files: a JSON array of statements, exactly what a POST to an LRS's statements resource takes,
 * so a learner without an LRS can hand the file in and a lecturer (or an LRS) can read it as is.
 */
public final class StatementFiles {

    private static final ObjectMapper JSON = new ObjectMapper();

    private StatementFiles() {}

    public static void write(List<Statement> statements, Path file) throws IOException {
        ArrayNode array = JSON.createArrayNode();
        statements.forEach(s -> array.add(s.json()));
        Path parent = file.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path tmp = Files.createTempFile(parent, file.getFileName().toString(), ".tmp");
        try {
            JSON.writerWithDefaultPrettyPrinter().writeValue(tmp.toFile(), array);
            Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /**
     * Reads every {@code *.json} file in {@code folder} (or the one file), each a statement array.
     *
     * @throws IOException naming the file, line and column, when a file is not a JSON array of statements
     */
    public static List<JsonNode> read(Path folderOrFile) throws IOException {
        List<Path> files;
        if (Files.isDirectory(folderOrFile)) {
            try (Stream<Path> s = Files.list(folderOrFile)) {
                files = s.filter(p -> p.getFileName().toString().endsWith(".json"))
                        .sorted()
                        .toList();
            }
        } else {
            files = List.of(folderOrFile);
        }
        List<JsonNode> all = new ArrayList<>();
        for (Path f : files) {
            JsonNode n;
            try {
                n = JSON.readTree(f.toFile());
            } catch (JsonProcessingException e) {
                var loc = e.getLocation();
                throw new IOException(
                        f + ":" + (loc == null ? 0 : loc.getLineNr()) + ":"
                                + (loc == null ? 0 : loc.getColumnNr()) + ": not valid JSON (" + e.getOriginalMessage()
                                + "). Ask the learner to export it again with: export progress --to xapi",
                        e);
            }
            if (n == null || !n.isArray()) {
                throw new IOException(f + ":1:1: not a statement file: it should be a JSON array of xAPI "
                        + "statements, as written by: export progress --to xapi");
            }
            n.forEach(all::add);
        }
        return all;
    }
}
