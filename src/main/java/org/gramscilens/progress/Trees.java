package org.gramscilens.progress;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;

/**
 * Builds the small JSON values inside entries (answers, payloads, review states) straight from the
 * parser's tokens. {@code readValueAsTree} sets up a deserialization context per call, which made it
 * most of the cost of opening a profile with 100,000 answers.
 */
final class Trees {

    private Trees() {}

    /** Reads the value the parser is on; leaves the parser on its last token. */
    static JsonNode read(JsonParser p) throws IOException, FormatException {
        JsonToken t = p.currentToken();
        if (t == null) {
            throw new FormatException("a value is cut short");
        }
        return switch (t) {
            case START_OBJECT -> {
                ObjectNode o = Json.NODES.objectNode();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    p.nextToken();
                    o.set(name, read(p));
                }
                yield o;
            }
            case START_ARRAY -> {
                ArrayNode a = Json.NODES.arrayNode();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    a.add(read(p));
                }
                yield a;
            }
            case VALUE_STRING -> Json.NODES.textNode(p.getText());
            case VALUE_NUMBER_INT ->
                switch (p.getNumberType()) {
                    case INT -> Json.NODES.numberNode(p.getIntValue());
                    case LONG -> Json.NODES.numberNode(p.getLongValue());
                    default -> Json.NODES.numberNode(p.getBigIntegerValue());
                };
            case VALUE_NUMBER_FLOAT -> Json.NODES.numberNode(p.getDoubleValue());
            case VALUE_TRUE -> Json.NODES.booleanNode(true);
            case VALUE_FALSE -> Json.NODES.booleanNode(false);
            case VALUE_NULL -> Json.NODES.nullNode();
            default -> throw new FormatException("unexpected " + t);
        };
    }
}
