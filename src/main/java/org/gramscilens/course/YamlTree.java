package org.gramscilens.course;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * A YAML document read into a Jackson tree that remembers the line of every value, so messages can
 * say {@code glossary.yaml:42: ...}. Jackson's tree model drops locations; reading the token stream
 * ourselves keeps them at no extra cost.
 */
public final class YamlTree {
    private static final YAMLFactory FACTORY = YAMLFactory.builder().build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final JsonNode root;
    private final Map<JsonNode, Integer> lines;

    private YamlTree(JsonNode root, Map<JsonNode, Integer> lines) {
        this.root = root;
        this.lines = lines;
    }

    /** Thrown for YAML that does not parse; {@link #line()} is 1-based within the given text. */
    public static final class YamlError extends Exception {
        private final int line;

        YamlError(String message, int line) {
            super(message);
            this.line = line;
        }

        public int line() {
            return line;
        }
    }

    public static YamlTree parse(String yaml) throws YamlError {
        Map<JsonNode, Integer> lines = new java.util.IdentityHashMap<>();
        try (JsonParser p = FACTORY.createParser(yaml)) {
            JsonToken first = p.nextToken();
            JsonNode root = first == null ? NODES.missingNode() : read(p, lines);
            return new YamlTree(root, lines);
        } catch (Refused e) {
            return throwError(e.getMessage(), e.line);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            YamlMessages.Plain plain =
                    YamlMessages.plain(e.getOriginalMessage(), at == null ? 0 : at.getLineNr(), yaml);
            return throwError(plain.message(), plain.line());
        } catch (IOException e) {
            return throwError(e.getMessage(), 0);
        }
    }

    private static YamlTree throwError(String message, int line) throws YamlError {
        throw new YamlError(message, Math.max(line, 0));
    }

    /** YAML that parses but that a course file must not hold: a repeated key, or an alias. */
    private static final class Refused extends IOException {
        private static final long serialVersionUID = 1L;
        private final int line;

        Refused(String message, int line) {
            super(message);
            this.line = line;
        }
    }

    private static JsonNode read(JsonParser p, Map<JsonNode, Integer> lines) throws IOException {
        int line = p.currentTokenLocation().getLineNr();
        if (p instanceof YAMLParser yaml && yaml.isCurrentAlias()) {
            throw new Refused(
                    "'*" + p.getText() + "' is a YAML alias (a reference to the value marked '&"
                            + p.getText()
                            + "'), which course files do not use: write the value out, or put it in quotes if"
                            + " the '*' belongs to the text",
                    line);
        }
        JsonNode node;
        switch (p.currentToken()) {
            case START_OBJECT -> {
                ObjectNode obj = NODES.objectNode();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    int keyLine = p.currentTokenLocation().getLineNr();
                    p.nextToken();
                    JsonNode value = read(p, lines);
                    JsonNode earlier = obj.get(name);
                    if (earlier != null) {
                        int first = lines.getOrDefault(earlier, 0);
                        throw new Refused(
                                "the key '" + name + "' appears twice in the same block"
                                        + (first > 0 ? " (first at line " + first + ")" : "")
                                        + ": keep one, since only one value can count",
                                keyLine);
                    }
                    obj.set(name, value);
                }
                node = obj;
            }
            case START_ARRAY -> {
                ArrayNode arr = NODES.arrayNode();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    arr.add(read(p, lines));
                }
                node = arr;
            }
            case VALUE_STRING -> node = NODES.textNode(p.getText());
            case VALUE_NUMBER_INT -> node = NODES.numberNode(p.getLongValue());
            case VALUE_NUMBER_FLOAT -> node = NODES.numberNode(p.getDoubleValue());
            case VALUE_TRUE -> node = NODES.booleanNode(true);
            case VALUE_FALSE -> node = NODES.booleanNode(false);
            case VALUE_NULL -> node = NODES.nullNode();
            default -> node = NODES.textNode(p.getText());
        }
        lines.put(node, line);
        return node;
    }

    public JsonNode root() {
        return root;
    }

    /** The 1-based line where {@code node} (a node of this tree) starts, or 0. */
    public int line(JsonNode node) {
        Integer l = node == null ? null : lines.get(node);
        return l == null ? 0 : l;
    }

    /** Text of a field, or null when absent, null or not a scalar. */
    public static String text(JsonNode obj, String field) {
        JsonNode v = obj == null ? null : obj.get(field);
        return v == null || v.isNull() || v.isContainerNode() ? null : v.asText();
    }

    /** A list of scalars: a YAML sequence, or a single scalar as a one-element list. */
    public static List<String> texts(JsonNode obj, String field) {
        JsonNode v = obj == null ? null : obj.get(field);
        if (v == null || v.isNull()) {
            return List.of();
        }
        if (v.isArray()) {
            var out = new java.util.ArrayList<String>();
            v.forEach(e -> {
                if (!e.isContainerNode() && !e.isNull()) {
                    out.add(e.asText());
                }
            });
            return out;
        }
        return v.isContainerNode() ? List.of() : List.of(v.asText());
    }
}
